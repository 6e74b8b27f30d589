package cn.chainscout.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain JUnit: the validator names file, line and problem, on a small fixture a person can check. */
class SeedValidatorTest {

    @TempDir
    Path seed;

    @BeforeEach
    void copyFixture() throws IOException {
        copyFixture(seed);
    }

    static void copyFixture(Path target) throws IOException {
        Path fixture = Path.of("src/test/resources/seed-fixture");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.toList()) {
                Path to = target.resolve(fixture.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }

    @Test
    void theFixtureIsValid() {
        Seed valid = validate();
        assertThat(valid.of(SeedFormat.COMPANIES)).hasSize(2);
        assertThat(valid.of(SeedFormat.SEGMENTS).getFirst()).containsEntry("key", true);
        assertThat(valid.of(SeedFormat.LOCATED_IN).getFirst()).containsEntry("since", "2020").containsEntry("since_year", 2020L);
    }

    @Test
    void anUnknownSegmentIsNamedWithFileAndLine() throws IOException {
        append("feeds.csv", "fixture-upstream,no-such-segment,test fixture\n");
        assertProblem("seed/feeds.csv:3: column 'to_id' names unknown segment 'no-such-segment'");
    }

    @Test
    void aDuplicateCompanyIdIsRefused() throws IOException {
        append("companies/fixture.csv", "fixture-a,另一家公司,,,,,,,test fixture\n");
        assertProblem("seed/companies/fixture.csv:4: duplicate company id 'fixture-a' (first at seed/companies/fixture.csv:2)");
    }

    @Test
    void aDuplicateCompanyNameAcrossFilesIsRefused() throws IOException {
        Files.writeString(seed.resolve("companies/more.csv"),
                "id,name,name_en,aliases,province,country,ownership,listing,source\nfixture-c,测试甲公司,,,,,,,test fixture\n");
        assertProblem("seed/companies/more.csv:2: duplicate company name '测试甲公司'");
    }

    @Test
    void aMissingSourceIsRefused() throws IOException {
        append("companies/fixture.csv", "fixture-c,测试丙公司,,,,,,,\n");
        assertProblem("seed/companies/fixture.csv:4: column 'source' is empty but required");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Files.writeString(seed.resolve("feeds.csv"), "from_id,to_id\nfixture-upstream,fixture-downstream\n");
        assertProblem("seed/feeds.csv:1: missing column 'source'");
    }

    @Test
    void wrongValuesAreNamed() throws IOException {
        append("segments.csv", "fixture-mid,fixture-chain,中游,,MIDDLE,,maybe,test fixture\n");
        append("located-in.csv", "fixture-b,fixture-park,false,10亿,last year,test fixture,reported\n");
        assertProblem("seed/segments.csv:4: column 'stage' has 'MIDDLE', expected one of [DOWNSTREAM, MIDSTREAM, SUPPORT, UPSTREAM]");
        assertProblem("seed/segments.csv:4: column 'key' has 'maybe', expected true or false");
        assertProblem("seed/located-in.csv:3: column 'since' has 'last year', expected a date YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void aBadIdAndATieToItselfAreRefused() throws IOException {
        Files.createDirectories(seed.resolve("ties"));
        Files.writeString(seed.resolve("ties/t.csv"), """
                from_id,type,to_id,products,share,since,source,confidence
                fixture-a,SUPPLIES,fixture-a,,,,test fixture,reported
                fixture-a,OWNS,fixture-b,,,,test fixture,reported
                """);
        append("companies/fixture.csv", "Fixture_C,测试丙公司,,,,,,,test fixture\n");
        assertProblem("seed/ties/t.csv:2: points from 'fixture-a' to itself");
        assertProblem("seed/ties/t.csv:3: column 'type' has 'OWNS'");
        assertProblem("seed/companies/fixture.csv:4: column 'id' has 'Fixture_C', not an id");
    }

    @Test
    void anUnquotedCommaIsNamed() throws IOException {
        append("companies/fixture.csv", "fixture-c,测试丙公司,Fixture C, Ltd,,,,,,test fixture\n");
        assertProblem("seed/companies/fixture.csv:4: has 10 values but the header has 9 columns");
    }

    @Test
    void notUtf8AndEmptyFilesAreNamed() throws IOException {
        Files.write(seed.resolve("pools.csv"), "id,name,name_en,source\npool-x,龙头引领,,plan\n".getBytes("GBK"));
        Files.writeString(seed.resolve("targets.csv"), "");
        assertProblem("seed/pools.csv: is not UTF-8 text");
        assertProblem("seed/targets.csv: is empty");
    }

    @Test
    void aByteOrderMarkFromASpreadsheetIsTolerated() throws IOException {
        Path pools = seed.resolve("pools.csv");
        Files.writeString(pools, "\uFEFFid,name,name_en,source\npool-x,龙头引领,Leading,plan\n", StandardCharsets.UTF_8);
        assertThat(validate().of(SeedFormat.POOLS)).hasSize(1);
    }

    @Test
    void theNewColumnsAreReadWhereAFileHasThemAndUnknownWhereItLeavesThemOut() throws IOException {
        Files.writeString(seed.resolve("companies/groups.csv"), """
                id,name,name_en,aliases,province,country,ownership,listing,source,city,plant_provinces,revenue_yi,revenue_year,kind,parent_id
                fixture-plant,测试丁工厂,,,湖南省,中国,民营,,test fixture,长沙市,湖南省|广东省,12.5,2024,manufacturer,fixture-a
                """);
        Files.writeString(seed.resolve("located-in.csv"), """
                company_id,park_id,leading,tier,since,source,confidence,since_event,size_yi,size_year,size_kind,until
                fixture-a,fixture-park,true,10亿,2021-11-04,test fixture,reported,签约,12.5,2024,营收,
                fixture-b,fixture-park,false,,2019-03,test fixture,reported,投产,,,,2023
                """);
        Seed valid = validate();
        assertThat(valid.of(SeedFormat.COMPANIES)).filteredOn(r -> r.get("id").equals("fixture-plant")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("plant_provinces", java.util.List.of("湖南省", "广东省"))
                        .containsEntry("revenue_yi", 12.5).containsEntry("kind", "manufacturer").containsEntry("parent_id", "fixture-a"));
        // the fixture's own companies file has none of the new columns: they are unknown there, not an error
        assertThat(valid.of(SeedFormat.COMPANIES)).filteredOn(r -> r.get("id").equals("fixture-a")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("kind", null).containsEntry("plant_provinces", java.util.List.of()));
        assertThat(valid.of(SeedFormat.LOCATED_IN).getFirst()).containsEntry("since", "2021-11-04").containsEntry("since_year", 2021L)
                .containsEntry("since_event", "签约").containsEntry("size_yi", 12.5);
        assertThat(valid.of(SeedFormat.LOCATED_IN).get(1)).containsEntry("since", "2019-03").containsEntry("until", "2023");
    }

    @Test
    void newColumnValuesAreCheckedWithFileAndLine() throws IOException {
        Files.writeString(seed.resolve("located-in.csv"), """
                company_id,park_id,leading,tier,since,source,confidence,size_yi
                fixture-a,fixture-park,true,百亿,2021-02-30,test fixture,reported,78
                fixture-b,fixture-park,false,,2021,test fixture,reported,
                """);
        append("companies/fixture.csv", "fixture-c,测试丙公司,,,,,,,test fixture\n");
        Files.writeString(seed.resolve("companies/more.csv"), """
                id,name,name_en,aliases,province,country,ownership,listing,source,kind,parent_id
                fixture-d,测试戊公司,,,,,,,test fixture,bank,no-such-company
                """);
        assertProblem("seed/located-in.csv:2: column 'since' has '2021-02-30', expected a date YYYY, YYYY-MM or YYYY-MM-DD");
        assertProblem("seed/located-in.csv:2: column 'tier' has '百亿' but size_yi 78.0 makes it '50亿'");
        assertProblem("seed/companies/more.csv:2: column 'kind' has 'bank', expected one of");
        assertProblem("seed/companies/more.csv:2: column 'parent_id' names unknown company 'no-such-company'");
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() throws IOException {
        Files.createDirectories(seed.resolve("operates-in"));
        Files.writeString(seed.resolve("operates-in/o.csv"), """
                company_id,segment_id,main,products,source,confidence,share,year
                fixture-a,fixture-upstream,true,零件,test fixture,reported,35,2024
                """);
        assertProblem("seed/operates-in/o.csv:2: column 'share' has 35.0, expected a share from 0 to 1");
    }

    @Test
    void aSourceOnAHostTheReadmeBansIsRefusedWithFileAndLine() throws IOException {
        Files.writeString(seed.resolve("README.md"), """
                # seed

                ## Hosts the seed never cites
                - adhaniscuber.com (betting-site copies)
                - wxredian.com

                ## Other
                - example.org
                """);
        append("companies/fixture.csv", "fixture-c,测试丙公司,,,,,,,https://m.wxredian.com/art?id=1 (原载: 长沙晚报 2021-09-09)\n");
        append("companies/fixture.csv", "fixture-d,测试丁公司,,,,,,,https://example.org/a (例 2021-01-01)\n");
        assertProblem("seed/companies/fixture.csv:4: cites m.wxredian.com, a host the seed never cites (listed at seed/README.md:5)");
        assertThatThrownBy(this::validate).message().doesNotContain("example.org");
    }

    @Test
    void anEmptyLocationIsRefused(@TempDir Path empty) {
        assertThatThrownBy(() -> new SeedValidator().validate(new SeedReader().read("file:" + empty + "/")))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("no seed files found");
    }

    private Seed validate() {
        return new SeedValidator().validate(new SeedReader().read("file:" + seed + "/"));
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(seed.resolve(file), line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** {@code expected} names the seed folder "seed/"; the message names the temporary folder. */
    private void assertProblem(String expected) {
        assertThatThrownBy(this::validate)
                .isInstanceOf(SeedException.class)
                .hasMessageContaining(expected.replace("seed/", seed.getFileName() + "/"));
    }
}
