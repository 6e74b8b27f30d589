package cn.chainscout.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** graph-seed/README.md lists every page the seed cites, so a reader can check any fact's source. */
class SeedSourcesTest {

    private static final Path SEED = Path.of("graph-seed");
    private static final Pattern URL = Pattern.compile("https?://[^\\s;,\"）)]+");

    @Test
    void everyPageCitedInTheSeedIsListedInItsReadme() throws IOException {
        String readme = Files.readString(SEED.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> cited = new TreeSet<>();
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(SEED)) {
            csvFiles = files.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        for (Path file : csvFiles) {
            Matcher m = URL.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                cited.add(m.group());
            }
        }
        assertThat(cited).isNotEmpty();
        assertThat(cited).allSatisfy(url -> assertThat(readme).as("graph-seed/README.md lists " + url).contains("<" + url + ">"));
    }
}
