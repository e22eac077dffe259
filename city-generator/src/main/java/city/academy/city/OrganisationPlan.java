package city.academy.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The invented organisations of the city and how many people have their main post at each. The
 * names are made up from invented place names; any likeness to a real body is chance.
 */
final class OrganisationPlan {

  /** Total staff of the full city. */
  static final int CITY_PEOPLE = 57_000;

  /** One planned organisation. */
  record Planned(String code, String name, String type, int demoSize, int citySize) {}

  /** The big trust's size at city scale is whatever makes the total exactly 57,000. */
  private static final int REMAINDER = -1;

  // The demo city is the first seven, in this order, and three of the larger employers after them
  // (NVM, NHC, NCH) with a small demo size: ten organisations. The city starts with the same seven.
  private static final List<Planned> PLAN =
      List.of(
          new Planned("NGH", "Northgate Hospitals NHS Foundation Trust", "NHS_TRUST", 200, REMAINDER),
          new Planned("BWC", "Beechwood Care Homes", "CARE_PROVIDER", 40, 420),
          new Planned("RCT", "Riverside Community Health NHS Trust", "NHS_TRUST", 60, 6_000),
          new Planned("NCC", "Northgate City Council", "LOCAL_AUTHORITY", 50, 5_800),
          new Planned("ETS", "Elm Tree Surgery", "PRIMARY_CARE", 15, 38),
          new Planned("LKH", "Larkfield Hospice", "HOSPICE", 20, 640),
          new Planned("NCN", "Northgate Carers Network", "VOLUNTARY", 15, 160),
          // the handful of large employers
          new Planned("NVM", "Northgate and Vale Mental Health NHS Foundation Trust", "NHS_TRUST", 12, 5_200),
          new Planned("WCH", "Westfield Children's Hospital NHS Foundation Trust", "NHS_TRUST", 0, 3_800),
          new Planned("NHC", "Northgate Home Care Partnership", "CARE_PROVIDER", 10, 2_900),
          // medium employers
          new Planned("HCG", "Hawthorn Care Group", "CARE_PROVIDER", 0, 1_800),
          new Planned("MBL", "Meadowbank Living", "CARE_PROVIDER", 0, 1_400),
          new Planned("ORS", "Oakridge Home Support", "CARE_PROVIDER", 0, 1_100),
          new Planned("SHC", "Sunnyside Home Care", "CARE_PROVIDER", 0, 850),
          new Planned("NCH", "Northgate College of Health and Care", "EDUCATION", 8, 1_400),
          new Planned("NGUH", "Northgate University School of Health", "EDUCATION", 0, 900),
          new Planned("BWH", "Brightwater Hospice", "HOSPICE", 0, 430),
          new Planned("LWH", "Little Wren Children's Hospice", "HOSPICE", 0, 150),
          new Planned("CQP", "Canal Quarter Primary Care Network", "PRIMARY_CARE", 0, 520),
          new Planned("NCW", "Northgate Community Wellbeing Trust", "VOLUNTARY", 0, 380),
          // care homes
          new Planned("WCCH", "Willow Court Care Home", "CARE_PROVIDER", 0, 120),
          new Planned("RSML", "Rosemary Lodge", "CARE_PROVIDER", 0, 85),
          new Planned("FXGH", "Foxglove House", "CARE_PROVIDER", 0, 64),
          new Planned("KFSC", "Kingfisher Court", "CARE_PROVIDER", 0, 150),
          new Planned("LRNH", "The Laurels Nursing Home", "CARE_PROVIDER", 0, 180),
          new Planned("HTHB", "Heather Bank Care Home", "CARE_PROVIDER", 0, 72),
          new Planned("BBLG", "Bluebell Gardens", "CARE_PROVIDER", 0, 96),
          new Planned("PRGH", "Primrose Gate House", "CARE_PROVIDER", 0, 58),
          new Planned("ASDM", "Ashdown Manor", "CARE_PROVIDER", 0, 140),
          new Planned("HBVC", "Harbour View Care Home", "CARE_PROVIDER", 0, 110),
          new Planned("MLBH", "Millbrook House", "CARE_PROVIDER", 0, 75),
          new Planned("ORCR", "Orchard Rise", "CARE_PROVIDER", 0, 130),
          new Planned("CDRL", "Cedar Lodge", "CARE_PROVIDER", 0, 92),
          new Planned("JNPH", "Juniper House", "CARE_PROVIDER", 0, 48),
          new Planned("THDC", "Thistledown Court", "CARE_PROVIDER", 0, 66),
          new Planned("MRGL", "Marigold Lodge", "CARE_PROVIDER", 0, 54),
          new Planned("SWLF", "Swallow Fields", "CARE_PROVIDER", 0, 118),
          new Planned("HLBN", "Hollybank Nursing Home", "CARE_PROVIDER", 0, 160),
          new Planned("BKSL", "Brookside Lodge", "CARE_PROVIDER", 0, 88),
          new Planned("LRCH", "Larch House", "CARE_PROVIDER", 0, 42),
          new Planned("QLCC", "Quarry Lane Care Centre", "CARE_PROVIDER", 0, 196),
          new Planned("SXNM", "Saxon Meadows", "CARE_PROVIDER", 0, 104),
          // GP practices
          new Planned("CSMC", "Canal Street Medical Centre", "PRIMARY_CARE", 0, 46),
          new Planned("PKFP", "Parkside Family Practice", "PRIMARY_CARE", 0, 62),
          new Planned("RVHC", "Riverside Health Centre", "PRIMARY_CARE", 0, 78),
          new Planned("NGRS", "Northgate Road Surgery", "PRIMARY_CARE", 0, 34),
          new Planned("WFMG", "Westfield Medical Group", "PRIMARY_CARE", 0, 88),
          new Planned("BCLP", "Beacon Lane Practice", "PRIMARY_CARE", 0, 28),
          new Planned("HBRS", "Harbour Surgery", "PRIMARY_CARE", 0, 22),
          new Planned("MRMP", "Mill Race Medical Practice", "PRIMARY_CARE", 0, 54),
          new Planned("STRS", "Station Road Surgery", "PRIMARY_CARE", 0, 40),
          new Planned("FDHC", "Foundry Health Centre", "PRIMARY_CARE", 0, 70),
          new Planned("CHFP", "Chapel Fields Practice", "PRIMARY_CARE", 0, 31),
          new Planned("LVSG", "Larkfield Village Surgery", "PRIMARY_CARE", 0, 18),
          // voluntary sector
          new Planned("ODNG", "Open Door Northgate", "VOLUNTARY", 0, 45),
          new Planned("NGDS", "Northgate Dementia Support", "VOLUNTARY", 0, 60),
          new Planned("BFNG", "Befriend Northgate", "VOLUNTARY", 0, 25),
          new Planned("RRWL", "Riverside Refugee Welcome", "VOLUNTARY", 0, 30),
          new Planned("YCNG", "Young Carers Northgate", "VOLUNTARY", 0, 18),
          new Planned("NGDC", "Northgate Deaf Connect", "VOLUNTARY", 0, 12));

  private OrganisationPlan() {}

  /** The organisations of a scale with their sizes (people whose main post is there). */
  static List<Sized> of(CityScale scale) {
    List<Sized> out = new ArrayList<>();
    int others = 0;
    for (Planned p : PLAN) {
      if (p.citySize() != REMAINDER) {
        others += p.citySize();
      }
    }
    for (Planned p : PLAN) {
      int size =
          switch (scale) {
            case DEMO -> p.demoSize();
            case CITY -> p.citySize() == REMAINDER ? CITY_PEOPLE - others : p.citySize();
          };
      if (size > 0) {
        out.add(new Sized(p.code(), p.name(), p.type(), size));
      }
    }
    return out;
  }

  /** An organisation of a chosen scale. */
  record Sized(String code, String name, String type, int size) {}
}
