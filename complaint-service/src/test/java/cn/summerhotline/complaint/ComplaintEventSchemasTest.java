package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.contracts.EventContracts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The complaint event schemas refuse what the service must never send: personal data, missing fields. */
class ComplaintEventSchemasTest {

    private static String envelope(String event, String data) {
        return """
                {"specversion": "1.0", "id": "e-1", "source": "complaint-service",
                 "type": "summerhotline.complaint.%s.v1", "time": "2021-08-05T01:00:00Z", "subject": "c-1",
                 "datacontenttype": "application/json", "data": %s}""".formatted(event, data);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "received",
                "assigned",
                "accepted",
                "resolved",
                "replied",
                "closed",
                "reopened",
                "overdue",
                "rated"
            })
    void shouldRefuseAPayloadCarryingTheReportersPhone(String event) {
        EventContracts.assertInvalid(
                "complaint-" + event + ".v1.schema.json",
                envelope(event, "{\"complaintId\": \"c-1\", \"reporterPhone\": \"13812345678\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"received", "assigned", "accepted", "closed"})
    void shouldRefuseAnotherEventsType(String event) {
        String closed = "{\"complaintId\": \"c-1\", \"trackingNumber\": \"7K3M-9QX2-4TM\", \"district\": \"xuhui\","
                + " \"at\": \"2021-08-05T01:00:00Z\"}";
        EventContracts.assertValid("complaint-closed.v1.schema.json", envelope("closed", closed));
        if (!event.equals("closed")) {
            EventContracts.assertInvalid("complaint-" + event + ".v1.schema.json", envelope("closed", closed));
        }
    }
}
