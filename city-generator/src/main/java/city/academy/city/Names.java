package city.academy.city;

import java.util.Locale;

/**
 * Given and family names common across the UK's communities (English, Scottish, Welsh, Irish, South
 * Asian, African, Caribbean, East and South-East Asian, Eastern European). Combined at random, so
 * nobody generated is a real person.
 */
final class Names {

  private Names() {}

  static final String[] GIVEN = {
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Freya", "Lily", "Emily", "Sophie",
    "Chloe", "Ella", "Ruby", "Jessica", "Hannah", "Charlotte", "Megan", "Rebecca", "Laura", "Sarah",
    "Claire", "Karen", "Julie", "Helen", "Joanne", "Nicola", "Michelle", "Rachel", "Emma", "Gemma",
    "Siobhan", "Niamh", "Aoife", "Ciara", "Eilidh", "Morag", "Catrin", "Sian", "Ffion", "Rhian",
    "Priya", "Anjali", "Aisha", "Fatima", "Zainab", "Maryam", "Sana", "Harpreet", "Gurpreet", "Simran",
    "Nkechi", "Chiamaka", "Adaeze", "Abena", "Ama", "Folasade", "Yetunde", "Grace-Ann", "Shanice", "Keisha",
    "Mei", "Ling", "Jasmine", "Maria", "Rosa", "Joy", "Agnieszka", "Katarzyna", "Ioana", "Elena",
    "Oliver", "George", "Harry", "Jack", "Noah", "Charlie", "Thomas", "Oscar", "William", "James",
    "David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "Matthew", "Christopher", "Stephen", "Michael",
    "Callum", "Ewan", "Fraser", "Rhys", "Dylan", "Gareth", "Owen", "Sean", "Ciaran", "Declan",
    "Mohammed", "Ali", "Omar", "Yusuf", "Imran", "Arjun", "Rohan", "Sanjay", "Rajesh", "Gurdeep",
    "Chinedu", "Emeka", "Oluwaseun", "Kwame", "Kofi", "Tunde", "Jermaine", "Marcus", "Tyrone", "Andre",
    "Wei", "Jun", "Minh", "Tomasz", "Piotr", "Marek", "Andrei", "Mihai", "Jose", "Samuel"
  };

  static final String[] FAMILY = {
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
    "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Harrison",
    "Baker", "Lewis", "Patel", "Khan", "Ahmed", "Hussain", "Ali", "Shah", "Begum", "Akhtar",
    "Singh", "Kaur", "Sharma", "Gill", "Sandhu", "Chowdhury", "Rahman", "Islam", "Mistry", "Desai",
    "Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Mensah", "Owusu", "Boateng", "Osei", "Eze", "Nwosu",
    "Campbell", "Stewart", "MacDonald", "Murray", "Reid", "Fraser", "Robertson", "Ross", "Scott", "Graham",
    "Murphy", "Kelly", "O'Brien", "O'Connor", "Byrne", "Ryan", "Doyle", "Gallagher", "Quinn", "McCarthy",
    "Jenkins", "Price", "Morgan", "Rees", "Powell", "Lloyd", "Pritchard", "Vaughan", "Bowen", "Griffiths",
    "Chen", "Wang", "Li", "Zhang", "Nguyen", "Tran", "Santos", "Reyes", "Cruz", "Fernandes",
    "Nowak", "Kowalski", "Wisniewska", "Lewandowski", "Popescu", "Ionescu", "Dumitru", "Kaminski", "Silva", "Costa",
    "Bennett", "Palmer", "Lawrence", "Grant", "Francis", "Henry", "Bailey", "Richards", "Gordon", "Burke"
  };

  /** {@code given.family.n@example.org}, lower case, letters only. */
  static String email(String given, String family, int n) {
    return clean(given) + "." + clean(family) + "." + n + "@example.org";
  }

  private static String clean(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
