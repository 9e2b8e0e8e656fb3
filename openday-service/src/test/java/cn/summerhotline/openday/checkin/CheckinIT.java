package cn.summerhotline.openday.checkin;

import static cn.summerhotline.openday.OpendayCalls.json;
import static cn.summerhotline.openday.OpendayCalls.phone;
import static org.assertj.core.api.Assertions.assertThat;

import cn.summerhotline.openday.OpendayCalls;
import cn.summerhotline.openday.registration.RegistrationStores;
import cn.summerhotline.openday.venue.application.Venues;
import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.TestTokens;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** At the door: the QR code, a check-in, a second one refused, a scan retried, an undo, the counts, the lists. */
@ServiceTest
class CheckinIT {

    static final String OFFICER = TestTokens.squadOfficer("xuhui", "xuhui-tianping");

    @LocalServerPort
    int port;

    @Autowired
    Venues venues;

    @Autowired
    MongoOperations mongo;

    OpendayCalls calls;
    String venue;
    String session;
    JsonNode family;
    JsonNode waiting;

    @BeforeEach
    void aFamilyConfirmedAndOneWaiting() {
        calls = new OpendayCalls(port);
        venue = OpendayCalls.xuhuiVenue(venues).id();
        session = calls.session(venue, Instant.now().plus(Duration.ofDays(2)), 2, Map.of("PUBLIC", 2));
        family = json(calls.register(session, phone(1), "PUBLIC", 2, null));
        waiting = json(calls.register(session, phone(2), "PUBLIC", 1, null));
    }

    @AfterEach
    void cleanUp() {
        RegistrationStores.clean(mongo);
    }

    @Test
    void shouldGiveTheRegistrantAQrCodeOfTheirCheckInCodeOnceConfirmed() throws Exception {
        ResponseEntity<byte[]> png = calls.bytes(qr(family), null);
        ResponseEntity<byte[]> notYet = calls.bytes(qr(waiting), null);

        assertThat(png.getStatusCode().value()).isEqualTo(200);
        assertThat(png.getHeaders().getContentType()).hasToString("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.getBody()));
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(decoded).isEqualTo(family.path("checkInCode").asString());
        assertThat(notYet.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void shouldCheckInOnceRefuseASecondAnswerARetriedScanAndAllowAnUndo() {
        ResponseEntity<String> first = scan(family, "gate-1-0001", OFFICER);
        ResponseEntity<String> retried = scan(family, "gate-1-0001", OFFICER);
        ResponseEntity<String> second = scan(family, "gate-2-0007", OFFICER);
        ResponseEntity<String> elsewhere =
                scan(family, "gate-9-0001", TestTokens.squadOfficer("jiading", "jiading-anting"));
        ResponseEntity<String> notConfirmed = calls.post(
                "/api/v1/openday/checkins",
                OFFICER,
                "{\"code\": \"" + mongoCode(waiting) + "\", \"scanId\": \"gate-1-0002\"}");

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(json(retried).path("id").asString())
                .isEqualTo(json(first).path("id").asString());
        assertThat(json(retried).path("replayed").asBoolean()).isTrue();
        assertThat(second.getStatusCode().value()).isEqualTo(409);
        assertThat(json(second).path("type").asString()).endsWith("/already-checked-in");
        assertThat(json(second).path("firstCheckedInAt").asString())
                .isEqualTo(json(first).path("at").asString());
        assertThat(json(second).path("detail").asString()).contains("已于").contains("签到");
        assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
        assertThat(json(notConfirmed).path("reason").asString()).isEqualTo("NOT_CONFIRMED");
        assertThat(counts().path("total").path("checkedIn").asInt()).isEqualTo(1);
        assertThat(counts().path("total").path("present").asInt()).isEqualTo(2);
        assertThat(counts().path("total").path("registered").asInt()).isEqualTo(2);

        String checkin = "/api/v1/openday/checkins/" + json(first).path("id").asString();
        assertThat(calls.delete(checkin, OFFICER).getStatusCode().value()).isEqualTo(204);
        assertThat(counts().path("total").path("checkedIn").asInt()).isZero();
        assertThat(scan(family, "gate-1-0003", OFFICER).getStatusCode().value())
                .as("in again after the undo")
                .isEqualTo(201);
        assertThat(calls.sessionView(session).path("checkedIn").asInt()).isEqualTo(1);
    }

    @Test
    void shouldMaskPhonesInTheListsExceptForTheVenuesOwnAdmin() throws Exception {
        List<String> forOfficer = phones("/api/v1/openday/sessions/" + session + "/registrations.xlsx", OFFICER);
        List<String> forCity =
                phones("/api/v1/openday/venues/" + venue + "/registrations.xlsx", TestTokens.cityAdmin());
        List<String> forAdmin =
                phones("/api/v1/openday/sessions/" + session + "/registrations.xlsx", OpendayCalls.XUHUI_ADMIN);
        ResponseEntity<byte[]> otherDistrict = calls.bytes(
                "/api/v1/openday/sessions/" + session + "/registrations.xlsx", TestTokens.districtAdmin("jiading"));

        assertThat(forOfficer).containsExactlyInAnyOrder("139****0001", "139****0002");
        assertThat(forCity).containsExactlyInAnyOrder("139****0001", "139****0002");
        assertThat(forAdmin).containsExactlyInAnyOrder(phone(1), phone(2));
        assertThat(otherDistrict.getStatusCode().value()).isEqualTo(404);
    }

    private List<String> phones(String path, String token) throws Exception {
        ResponseEntity<byte[]> xlsx = calls.bytes(path, token);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        List<String> phones = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("手机号码");
            DataFormatter cells = new DataFormatter();
            for (Row row : sheet) {
                String value = cells.formatCellValue(row.getCell(5));
                if (value.startsWith("139")) {
                    phones.add(value);
                }
            }
        }
        return phones;
    }

    private ResponseEntity<String> scan(JsonNode registered, String scanId, String token) {
        return calls.post(
                "/api/v1/openday/checkins",
                token,
                "{\"code\": \"" + registered.path("checkInCode").asString() + "\", \"scanId\": \"" + scanId + "\"}");
    }

    private String mongoCode(JsonNode registered) {
        return mongo.findById(registered.path("id").asString(), org.bson.Document.class, "registrations")
                .getString("checkInCode");
    }

    private JsonNode counts() {
        return json(calls.get("/api/v1/openday/venues/" + venue + "/attendance", OFFICER));
    }

    private static String qr(JsonNode registered) {
        return "/api/v1/openday/registrations/" + registered.path("id").asString() + "/qr.png?token="
                + registered.path("cancelToken").asString();
    }
}
