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
        assertThat(valid.of(SeedFormat.LOCATED_IN).getFirst()).containsEntry("since", 2020L);
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
        assertProblem("seed/located-in.csv:3: column 'since' has 'last year', expected a whole number");
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
