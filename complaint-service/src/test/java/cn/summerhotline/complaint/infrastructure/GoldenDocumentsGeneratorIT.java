package cn.summerhotline.complaint.infrastructure;

import cn.summerhotline.complaint.application.Complaints;
import cn.summerhotline.complaint.model.Complaint;
import cn.summerhotline.testsupport.ServiceTest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceTest
class GoldenDocumentsGeneratorIT {

    @Autowired
    Complaints complaints;

    Object target() {
        return org.springframework.test.util.AopTestUtils.getUltimateTargetObject(complaints);
    }

    @Test
    void write() throws Exception {
        Method write = MongoComplaints.class.getDeclaredMethod("write", Complaint.Snapshot.class);
        write.setAccessible(true);
        Method read = MongoComplaints.class.getDeclaredMethod("read", Document.class);
        read.setAccessible(true);
        List<Complaint> both = StoredComplaints.both();
        String[] names = {"primary", "duplicate"};
        for (int i = 0; i < 2; i++) {
            Document document = (Document) write.invoke(target(), both.get(i).snapshot());
            Files.writeString(
                    Path.of("src/test/resources/stored-complaints/" + names[i] + ".json"),
                    GoldenJson.of(document) + "\n",
                    StandardCharsets.UTF_8);
            Complaint back = (Complaint) read.invoke(target(), Document.parse(GoldenJson.of(document)));
            if (!back.snapshot().equals(both.get(i).snapshot())) {
                throw new AssertionError("read back differs: " + back.snapshot() + "\n"
                        + both.get(i).snapshot());
            }
        }
    }
}
