package city.academy.city;

import java.util.List;
import java.util.Map;

/**
 * Who works where: the staff group mix of each organisation type, job roles per staff group and
 * which non-clinical roles meet patients or the public. Figures are plausible shapes (NHS workforce
 * statistics, adult social care workforce data), not measurements.
 */
final class StaffMix {

  /** A job role; {@code patientFacing} is the chance a non-clinical holder meets patients. */
  record Role(String title, double patientFacing) {}

  private StaffMix() {}

  static final Map<String, Weighted<String>> STAFF =
      Map.of(
          "NHS_TRUST",
              Weighted.of(
                  "NURSING_MIDWIFERY", 25, "ADMIN_CLERICAL", 20, "ADDITIONAL_CLINICAL_SERVICES", 20,
                  "MEDICAL_DENTAL", 10, "ESTATES_ANCILLARY", 8, "ALLIED_HEALTH_PROFESSIONALS", 7,
                  "ADD_PROF_SCIENTIFIC", 4, "HEALTHCARE_SCIENTISTS", 3, "STUDENTS", 3),
          "PRIMARY_CARE",
              Weighted.of(
                  "ADMIN_CLERICAL", 42, "MEDICAL_DENTAL", 18, "NURSING_MIDWIFERY", 16,
                  "ADDITIONAL_CLINICAL_SERVICES", 14, "ADD_PROF_SCIENTIFIC", 6,
                  "ALLIED_HEALTH_PROFESSIONALS", 4),
          "HOSPICE",
              Weighted.of(
                  "NURSING_MIDWIFERY", 32, "ADDITIONAL_CLINICAL_SERVICES", 24, "ADMIN_CLERICAL", 18,
                  "ESTATES_ANCILLARY", 10, "ALLIED_HEALTH_PROFESSIONALS", 8, "MEDICAL_DENTAL", 5,
                  "ADD_PROF_SCIENTIFIC", 3),
          "EDUCATION",
              Weighted.of(
                  "STUDENTS", 72, "ADMIN_CLERICAL", 14, "NURSING_MIDWIFERY", 6,
                  "ALLIED_HEALTH_PROFESSIONALS", 5, "ADD_PROF_SCIENTIFIC", 3),
          "CARE_PROVIDER",
              Weighted.of(
                  "CARE_WORKER", 62, "SENIOR_CARE_WORKER", 16, "SUPPORT_ANCILLARY", 16,
                  "CARE_MANAGER", 6),
          "LOCAL_AUTHORITY",
              Weighted.of(
                  "SOCIAL_WORKER", 30, "CARE_WORKER", 28, "SUPPORT_ANCILLARY", 22,
                  "CARE_MANAGER", 12, "SENIOR_CARE_WORKER", 8),
          "VOLUNTARY",
              Weighted.of(
                  "CARE_WORKER", 45, "SUPPORT_ANCILLARY", 35, "CARE_MANAGER", 12,
                  "SOCIAL_WORKER", 8));

  /** Staff groups of managers (the first people of each organisation). */
  static final Map<String, Weighted<String>> MANAGERS =
      Map.of(
          "NHS_TRUST",
              Weighted.of(
                  "NURSING_MIDWIFERY", 45, "ADMIN_CLERICAL", 30, "MEDICAL_DENTAL", 10,
                  "ALLIED_HEALTH_PROFESSIONALS", 8, "ESTATES_ANCILLARY", 4, "ADD_PROF_SCIENTIFIC", 3),
          "PRIMARY_CARE", Weighted.of("ADMIN_CLERICAL", 50, "MEDICAL_DENTAL", 40, "NURSING_MIDWIFERY", 10),
          "HOSPICE", Weighted.of("NURSING_MIDWIFERY", 55, "ADMIN_CLERICAL", 35, "MEDICAL_DENTAL", 10),
          "EDUCATION", Weighted.of("ADMIN_CLERICAL", 50, "NURSING_MIDWIFERY", 30, "ALLIED_HEALTH_PROFESSIONALS", 20),
          "CARE_PROVIDER", Weighted.of("CARE_MANAGER", 70, "SENIOR_CARE_WORKER", 30),
          "LOCAL_AUTHORITY", Weighted.of("SOCIAL_WORKER", 45, "CARE_MANAGER", 45, "SUPPORT_ANCILLARY", 10),
          "VOLUNTARY", Weighted.of("CARE_MANAGER", 80, "SUPPORT_ANCILLARY", 20));

  /** The head of each type of organisation: staff group and title. */
  static final Map<String, String[]> CHIEF =
      Map.of(
          "NHS_TRUST", new String[] {"ADMIN_CLERICAL", "Chief Executive"},
          "PRIMARY_CARE", new String[] {"MEDICAL_DENTAL", "GP Partner"},
          "HOSPICE", new String[] {"ADMIN_CLERICAL", "Chief Executive"},
          "EDUCATION", new String[] {"ADMIN_CLERICAL", "Principal"},
          "CARE_PROVIDER", new String[] {"CARE_MANAGER", "Registered Manager"},
          "LOCAL_AUTHORITY", new String[] {"SOCIAL_WORKER", "Director of Adult Social Services"},
          "VOLUNTARY", new String[] {"CARE_MANAGER", "Chief Officer"});

  private static Role r(String title, double patientFacing) {
    return new Role(title, patientFacing);
  }

  /** Job roles by staff group. */
  static final Map<String, Weighted<Role>> ROLES =
      Map.ofEntries(
          Map.entry(
              "NURSING_MIDWIFERY",
              Weighted.of(
                  r("Staff Nurse", 1), 58, r("Senior Staff Nurse", 1), 12, r("Midwife", 1), 12,
                  r("Community Nurse", 1), 10, r("Nurse Practitioner", 1), 5, r("Clinical Nurse Specialist", 1), 3)),
          Map.entry(
              "ADDITIONAL_CLINICAL_SERVICES",
              Weighted.of(
                  r("Healthcare Assistant", 1), 58, r("Nursing Associate", 1), 14,
                  r("Phlebotomist", 1), 10, r("Maternity Support Worker", 1), 8,
                  r("Therapy Assistant", 1), 10)),
          Map.entry(
              "ADMIN_CLERICAL",
              Weighted.of(
                  r("Administrator", 0.1), 30, r("Receptionist", 1), 18, r("Ward Clerk", 1), 14,
                  r("Medical Secretary", 0.2), 16, r("Finance Officer", 0), 10,
                  r("IT Service Desk Analyst", 0), 7, r("HR Advisor", 0), 5)),
          Map.entry(
              "MEDICAL_DENTAL",
              Weighted.of(
                  r("Consultant", 1), 35, r("Specialty Doctor", 1), 15, r("Specialty Registrar", 1), 22,
                  r("Foundation Doctor", 1), 24, r("Dentist", 1), 4)),
          Map.entry(
              "ALLIED_HEALTH_PROFESSIONALS",
              Weighted.of(
                  r("Physiotherapist", 1), 28, r("Occupational Therapist", 1), 22, r("Radiographer", 1), 24,
                  r("Speech and Language Therapist", 1), 10, r("Dietitian", 1), 8, r("Paramedic", 1), 8)),
          Map.entry(
              "ESTATES_ANCILLARY",
              Weighted.of(
                  r("Porter", 1), 25, r("Domestic Assistant", 0.7), 35, r("Catering Assistant", 0.4), 20,
                  r("Maintenance Technician", 0.1), 12, r("Security Officer", 0.8), 8)),
          Map.entry(
              "ADD_PROF_SCIENTIFIC",
              Weighted.of(
                  r("Pharmacist", 1), 35, r("Pharmacy Technician", 1), 30,
                  r("Operating Department Practitioner", 1), 20, r("Clinical Psychologist", 1), 15)),
          Map.entry(
              "HEALTHCARE_SCIENTISTS",
              Weighted.of(
                  r("Biomedical Scientist", 1), 50, r("Clinical Physiologist", 1), 30,
                  r("Clinical Scientist", 1), 20)),
          Map.entry(
              "STUDENTS",
              Weighted.of(
                  r("Student Nurse", 1), 55, r("Student Midwife", 1), 10, r("Medical Student", 1), 20,
                  r("Student Paramedic", 1), 8, r("Student Occupational Therapist", 1), 7)),
          Map.entry(
              "CARE_WORKER",
              Weighted.of(r("Care Worker", 1), 65, r("Support Worker", 1), 25, r("Home Care Worker", 1), 10)),
          Map.entry(
              "SENIOR_CARE_WORKER",
              Weighted.of(r("Senior Care Worker", 1), 75, r("Team Leader", 1), 25)),
          Map.entry(
              "SOCIAL_WORKER",
              Weighted.of(
                  r("Social Worker", 1), 70, r("Senior Social Worker", 1), 20,
                  r("Approved Mental Health Professional", 1), 10)),
          Map.entry(
              "CARE_MANAGER",
              Weighted.of(r("Deputy Manager", 1), 45, r("Care Coordinator", 1), 40, r("Registered Manager", 1), 15)),
          Map.entry(
              "SUPPORT_ANCILLARY",
              Weighted.of(
                  r("Housekeeper", 0.6), 30, r("Cook", 0.2), 20, r("Activities Coordinator", 1), 15,
                  r("Administrator", 0.2), 20, r("Maintenance Person", 0.2), 8, r("Driver", 0.9), 7)));

  /** Roles that differ by organisation type, keyed {@code TYPE/GROUP}. */
  static final Map<String, Weighted<Role>> ROLES_BY_TYPE =
      Map.of(
          "PRIMARY_CARE/NURSING_MIDWIFERY",
              Weighted.of(r("Practice Nurse", 1), 80, r("Advanced Nurse Practitioner", 1), 20),
          "PRIMARY_CARE/ADMIN_CLERICAL",
              Weighted.of(r("Receptionist", 1), 60, r("Medical Secretary", 0.2), 20, r("Practice Administrator", 0.3), 20),
          "PRIMARY_CARE/MEDICAL_DENTAL", Weighted.of(r("Salaried GP", 1), 60, r("GP Registrar", 1), 40),
          "PRIMARY_CARE/ADDITIONAL_CLINICAL_SERVICES",
              Weighted.of(r("Healthcare Assistant", 1), 70, r("Phlebotomist", 1), 30),
          "PRIMARY_CARE/ADD_PROF_SCIENTIFIC", Weighted.of(r("Clinical Pharmacist", 1), 100),
          "PRIMARY_CARE/ALLIED_HEALTH_PROFESSIONALS", Weighted.of(r("First Contact Physiotherapist", 1), 100),
          "EDUCATION/NURSING_MIDWIFERY", Weighted.of(r("Nurse Lecturer", 0.3), 100),
          "EDUCATION/ALLIED_HEALTH_PROFESSIONALS", Weighted.of(r("Practice Educator", 0.5), 100),
          "EDUCATION/ADD_PROF_SCIENTIFIC", Weighted.of(r("Clinical Skills Technician", 0.3), 100));

  /** Roles of managers by staff group. */
  static final Map<String, Weighted<Role>> MANAGER_ROLES =
      Map.ofEntries(
          Map.entry("NURSING_MIDWIFERY", Weighted.of(r("Ward Manager", 1), 60, r("Matron", 1), 30, r("Head of Midwifery", 1), 10)),
          Map.entry("ADMIN_CLERICAL", Weighted.of(r("Service Manager", 0.2), 45, r("Operations Manager", 0.2), 35, r("Practice Manager", 0.5), 20)),
          Map.entry("MEDICAL_DENTAL", Weighted.of(r("Clinical Director", 1), 40, r("Consultant", 1), 40, r("GP Partner", 1), 20)),
          Map.entry("ALLIED_HEALTH_PROFESSIONALS", Weighted.of(r("Therapy Services Manager", 1), 60, r("Lead Radiographer", 1), 40)),
          Map.entry("ESTATES_ANCILLARY", Weighted.of(r("Facilities Manager", 0.3), 60, r("Portering Supervisor", 0.8), 40)),
          Map.entry("ADD_PROF_SCIENTIFIC", Weighted.of(r("Chief Pharmacist", 1), 100)),
          Map.entry("HEALTHCARE_SCIENTISTS", Weighted.of(r("Laboratory Manager", 1), 100)),
          Map.entry("CARE_MANAGER", Weighted.of(r("Registered Manager", 1), 50, r("Deputy Manager", 1), 50)),
          Map.entry("SENIOR_CARE_WORKER", Weighted.of(r("Team Leader", 1), 100)),
          Map.entry("SOCIAL_WORKER", Weighted.of(r("Team Manager", 1), 70, r("Principal Social Worker", 1), 30)),
          Map.entry("SUPPORT_ANCILLARY", Weighted.of(r("Operations Manager", 0.3), 100)));

  /**
   * Where someone of one staff group most likely worked in the other sector (a care worker was a
   * healthcare assistant, a housekeeper was a domestic), tried in order.
   */
  static final Map<String, List<String>> SIMILAR =
      Map.ofEntries(
          Map.entry("CARE_WORKER", List.of("ADDITIONAL_CLINICAL_SERVICES", "STUDENTS")),
          Map.entry("SENIOR_CARE_WORKER", List.of("ADDITIONAL_CLINICAL_SERVICES", "CARE_WORKER")),
          Map.entry("CARE_MANAGER", List.of("NURSING_MIDWIFERY", "SENIOR_CARE_WORKER", "ADMIN_CLERICAL")),
          Map.entry("SOCIAL_WORKER", List.of("CARE_MANAGER", "ADMIN_CLERICAL")),
          Map.entry("SUPPORT_ANCILLARY", List.of("ESTATES_ANCILLARY", "ADMIN_CLERICAL")),
          Map.entry("ADDITIONAL_CLINICAL_SERVICES", List.of("CARE_WORKER", "STUDENTS")),
          Map.entry("NURSING_MIDWIFERY", List.of("CARE_MANAGER", "SENIOR_CARE_WORKER")),
          Map.entry("STUDENTS", List.of("ADDITIONAL_CLINICAL_SERVICES", "CARE_WORKER")),
          Map.entry("ESTATES_ANCILLARY", List.of("SUPPORT_ANCILLARY")),
          Map.entry("ADMIN_CLERICAL", List.of("SUPPORT_ANCILLARY")),
          Map.entry("ALLIED_HEALTH_PROFESSIONALS", List.of("ADDITIONAL_CLINICAL_SERVICES", "CARE_MANAGER")),
          Map.entry("MEDICAL_DENTAL", List.of("NURSING_MIDWIFERY", "CARE_MANAGER")),
          Map.entry("ADD_PROF_SCIENTIFIC", List.of("ADDITIONAL_CLINICAL_SERVICES", "ADMIN_CLERICAL")),
          Map.entry("HEALTHCARE_SCIENTISTS", List.of("ADD_PROF_SCIENTIFIC", "ADMIN_CLERICAL")));

  /** The group itself if the mix has it, else the most similar one it has, else a random one. */
  static String closestGroup(Weighted<String> mix, String group, java.util.SplittableRandom r) {
    if (mix.contains(group)) {
      return group;
    }
    for (String similar : SIMILAR.getOrDefault(group, List.of())) {
      if (mix.contains(similar)) {
        return similar;
      }
    }
    return mix.pick(r);
  }

  /** A sensible role list for a (type, group); falls back to the group's own. */
  static Weighted<Role> roles(String orgType, String group, boolean manager) {
    if (manager && MANAGER_ROLES.containsKey(group)) {
      return MANAGER_ROLES.get(group);
    }
    Weighted<Role> byType = ROLES_BY_TYPE.get(orgType + "/" + group);
    if (byType != null) {
      return byType;
    }
    Weighted<Role> roles = ROLES.get(group);
    return roles != null ? roles : Weighted.of(r("Staff", 0.5), 1);
  }
}
