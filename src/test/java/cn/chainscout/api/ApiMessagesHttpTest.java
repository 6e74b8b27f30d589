package cn.chainscout.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.chainscout.ChainScoutTest;
import cn.chainscout.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's answers outside the happy path: JSON 404 for unknown paths, JSON 413, Chinese by default. */
@ChainScoutTest
class ApiMessagesHttpTest {

    private static final String BOUNDARY = "----chainscout-messages";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownApiPathIsAJson404NotTheHtmlPage() throws Exception {
        for (String path : new String[] {"/api/nonexistent", "/api/chains/food/nothing-here", "/api/admin/unknown"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", TestUser.ADMIN.authorization()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(response.body()).as(path).contains("\"status\":404", "没有接口 GET " + path, "/v3/api-docs");
        }
        // without an account it stays 401: the address says nothing about what exists
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/nonexistent")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void importMessagesAreChineseWithoutAcceptLanguageAndEnglishOnRequest() throws Exception {
        byte[] text = "2026中国民营企业500强：京东集团第一".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chinese = upload("榜单.html", text, null);
        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(chinese.body()).contains("不是 HTML 网页");
        HttpResponse<String> english = upload("list.html", text, "en-US,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("is not an HTML page");
    }

    @Test
    void anUploadOverTheServletLimitIsAJson413NamingTheLimit() throws Exception {
        byte[] big = new byte[61 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        HttpResponse<String> response = upload("huge.html", big, null);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413", "60MB", "spring.servlet.multipart.max-file-size");
    }

    private HttpResponse<String> upload(String name, byte[] file, String language) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"list", "CHINA_PRIVATE_500"}, {"year", "2026"}}) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/html\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", TestUser.ADMIN.authorization());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
