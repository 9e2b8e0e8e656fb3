package cn.summerhotline.openday.stream.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import cn.summerhotline.openday.stream.application.LiveStreams;
import cn.summerhotline.openday.stream.model.LiveStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Streams in {@code live_streams}; viewers in {@code stream_viewers}, one document per stream and viewer whose
 * {@code lastSeen} each heartbeat raises by an upsert: a heartbeat adds no row, and replicas need no lock.
 */
@Repository
class MongoLiveStreams implements LiveStreams {

    static final String STREAMS = "live_streams";
    static final String VIEWERS = "stream_viewers";

    private final MongoOperations mongo;

    MongoLiveStreams(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(LiveStream s) {
        mongo.save(
                new Document("_id", s.id())
                        .append("year", s.year())
                        .append("unit", s.unit())
                        .append("title", s.title())
                        .append("link", s.link())
                        .append("startsAt", Date.from(s.startsAt()))
                        .append("endsAt", Date.from(s.endsAt())),
                STREAMS);
    }

    @Override
    public Optional<LiveStream> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, STREAMS)).map(MongoLiveStreams::stream);
    }

    @Override
    public List<LiveStream> ofYear(int year) {
        return mongo.find(query(where("year").is(year)), Document.class, STREAMS).stream()
                .map(MongoLiveStreams::stream)
                .sorted(Comparator.comparing(LiveStream::startsAt).thenComparing(LiveStream::id))
                .toList();
    }

    @Override
    public void heartbeat(String streamId, String viewerHash, Instant at) {
        mongo.upsert(
                query(where("_id").is(streamId + ":" + viewerHash)),
                new Update().max("lastSeen", Date.from(at)).setOnInsert("streamId", streamId),
                VIEWERS);
    }

    @Override
    public Viewers viewers(String streamId, Instant since) {
        long total = mongo.count(query(where("streamId").is(streamId)), VIEWERS);
        long now =
                mongo.count(query(where("streamId").is(streamId).and("lastSeen").gte(Date.from(since))), VIEWERS);
        return new Viewers(now, total);
    }

    private static LiveStream stream(Document d) {
        return new LiveStream(
                d.getString("_id"),
                d.getInteger("year"),
                d.getString("unit"),
                d.getString("title"),
                d.getString("link"),
                d.getDate("startsAt").toInstant(),
                d.getDate("endsAt").toInstant());
    }
}
