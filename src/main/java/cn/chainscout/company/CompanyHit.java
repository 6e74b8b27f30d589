package cn.chainscout.company;

import java.util.List;

/** A company found by search or listed in the companies page. */
public record CompanyHit(String id, String name, String nameEn, List<String> aliases, String province,
                         String country, boolean local) {
}
