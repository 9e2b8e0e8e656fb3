package cn.summerhotline.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    void shouldHideThePasswordOfAConnectionString() {
        assertThat(Redaction.uri("mongodb://hotline:p%40ss@db1.example:27017,db2.example/?replicaSet=rs0"))
                .isEqualTo("mongodb://hotline:***@db1.example:27017,db2.example/?replicaSet=rs0");
    }

    @Test
    void shouldLeaveAConnectionStringWithoutCredentialsAlone() {
        assertThat(Redaction.uri("mongodb://127.0.0.1:27017")).isEqualTo("mongodb://127.0.0.1:27017");
    }
}
