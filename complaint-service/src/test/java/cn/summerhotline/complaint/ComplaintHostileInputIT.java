package cn.summerhotline.complaint;

import cn.summerhotline.testsupport.ServiceTest;
import cn.summerhotline.testsupport.hostile.ApiDocument;
import cn.summerhotline.testsupport.hostile.HostileInputChecks;
import cn.summerhotline.testsupport.hostile.RawHttp;
import java.util.Map;

/** Every endpoint of complaint-service, REST and Open311, against the generated hostile client. */
@ServiceTest
class ComplaintHostileInputIT extends HostileInputChecks {

    @Override
    protected Map<String, String> pathValues() {
        return HotlineFixture.create(port);
    }

    @Override
    protected int minimumRequests() {
        return 1000;
    }

    @Override
    protected boolean acceptsOwnErrorFormat(ApiDocument.Operation operation, RawHttp.Answer answer) {
        // GeoReport v2 answers its errors as [{"code","description"}] or <errors><error>…</error></errors>.
        String type = answer.header("content-type");
        return operation.path().startsWith("/open311/")
                && type != null
                && (type.startsWith("application/json") && answer.text().contains("\"description\"")
                        || type.contains("xml") && answer.text().contains("<errors>"));
    }
}
