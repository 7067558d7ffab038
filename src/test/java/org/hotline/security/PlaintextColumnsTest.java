package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An upgrade over a database written before the municipality, consents' recipients and wording and reports'
 * references were encrypted: the schema is migrated up to V6 in a schema of its own, rows are written in plain text
 * as the code of that time wrote them, the schema is migrated to the end, and the start-up step runs as a node
 * starting on that database would run it.
 */
@HotlineSpringTest
class PlaintextColumnsTest {

    @Autowired DataSource dataSource;
    @Autowired PersonalDataCipher cipher;
    @Autowired List<PersonalDataColumns> personalData;

    private String schema;
    private JdbcTemplate jdbc;

    @BeforeEach
    void databaseOfTheLastVersion() {
        schema = "before_v8_" + UUID.randomUUID().toString().substring(0, 8);
        flyway("6").migrate();
        jdbc = new JdbcTemplate(node());
    }

    @AfterEach
    void dropIt() {
        new JdbcTemplate(dataSource).execute("drop schema " + schema + " cascade");
    }

    @Test
    @DisplayName("Plain-text values from before the upgrade are encrypted at the first start, once, and read the same")
    void encryptedAtFirstStart() {
        long caseId = oldCase("Harrowgate Mills");
        jdbc.update("insert into consent (case_id, purpose, recipient, granted, method, wording, recorded_by, recorded_at) "
                + "values (?, 'SHARE_WITH_AGENCY', 'Ada Plainfield', true, 'VERBAL', 'We would call Ada', 'advocate1', now())",
                caseId);
        jdbc.update("insert into report (case_id, action, status, consent_based, agency, reference, created_at) "
                + "values (?, 'REPORT_WITH_CONSENT', 'SENT', true, 'Example Police', 'REF-2025-0001', now())", caseId);
        flyway(null).migrate();
        assertThat(jdbc.queryForList("select table_name || '.' || column_name from plaintext_column", String.class))
                .containsExactlyInAnyOrder("hotline_case.municipality", "consent.recipient", "consent.wording",
                        "report.reference");
        assertThat(jdbc.queryForObject("select municipality from hotline_case", String.class)).isEqualTo("Harrowgate Mills");

        startNode().encryptWrittenBefore();

        Map<String, Object> row = stored();
        assertThat(row.values()).allMatch(value -> value.toString().startsWith("enc:v1:" + cipher.currentKeyId() + ":"));
        assertThat(cipher.decrypt(row.get("municipality").toString())).isEqualTo("Harrowgate Mills");
        assertThat(cipher.decrypt(row.get("recipient").toString())).isEqualTo("Ada Plainfield");
        assertThat(cipher.decrypt(row.get("wording").toString())).isEqualTo("We would call Ada");
        assertThat(cipher.decrypt(row.get("reference").toString())).isEqualTo("REF-2025-0001");
        assertThat(jdbc.queryForObject("select count(*) from plaintext_column", Integer.class)).isZero();

        // A later start finds nothing to do and rewrites nothing.
        jdbc.update("insert into plaintext_column values ('consent', 'recipient')");
        startNode().encryptWrittenBefore();
        assertThat(stored()).isEqualTo(row);
        assertThat(jdbc.queryForObject("select count(*) from plaintext_column", Integer.class)).isZero();
    }

    @Test
    @DisplayName("Two nodes encrypting the same plain-text values at once leave each encrypted once, reading the same")
    void twoNodesAtOnce() throws Exception {
        List<String> municipalities = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            municipalities.add("Town " + i);
        }
        jdbc.update("""
                insert into hotline_case (case_number, status, channel, caller_type, language, province, municipality,
                    imminent_danger, trafficking_type, detail_sufficient, opened_at, opened_by)
                select 'HT-2025-' || lpad(i::text, 6, '0'), 'OPEN', 'PHONE', 'VICTIM', 'en', 'ON', 'Town ' || i,
                    false, 'LABOUR', true, now(), 'advocate1'
                from generate_series(0, 1199) i order by i
                """);
        flyway(null).migrate();
        PlaintextColumns first = startNode();
        PlaintextColumns second = startNode();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> await(go, first));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> await(go, second));
        go.countDown();
        CompletableFuture.allOf(one, two).get();

        List<String> stored = jdbc.queryForList("select municipality from hotline_case order by id", String.class);
        assertThat(stored).allMatch(value -> value.startsWith("enc:v1:"));
        assertThat(stored.stream().map(cipher::decrypt).toList()).isEqualTo(municipalities);
    }

    @Test
    @DisplayName("A value changed between the step's read and its write (here: purged) keeps the change")
    void aChangeMeanwhileWins() {
        long purged = oldCase("Harrowgate Mills");
        long other = oldCase("Lindmoor Falls");
        flyway(null).migrate();
        DataSource node = node();
        JdbcTemplate nodeJdbc = new JdbcTemplate(node) {
            private boolean changed;

            @Override
            public List<Map<String, Object>> queryForList(String sql, Object... args) {
                List<Map<String, Object>> rows = super.queryForList(sql, args);
                if (!changed && sql.contains("from hotline_case where id > ?")) {
                    changed = true;
                    jdbc.update("update hotline_case set municipality = null where id = ?", purged);
                }
                return rows;
            }
        };
        ColumnEncryption encryption = new ColumnEncryption(nodeJdbc, cipher,
                new TransactionTemplate(new DataSourceTransactionManager(node)), personalData);
        new PlaintextColumns(nodeJdbc, encryption).encryptWrittenBefore();

        assertThat(jdbc.queryForObject("select municipality from hotline_case where id = ?", String.class, purged))
                .as("not brought back").isNull();
        assertThat(cipher.decrypt(jdbc.queryForObject("select municipality from hotline_case where id = ?", String.class,
                other))).isEqualTo("Lindmoor Falls");
    }

    private static void await(CountDownLatch go, PlaintextColumns node) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        node.encryptWrittenBefore();
    }

    /** A case as V1 to V6 stored it: the municipality in plain text. */
    private long oldCase(String municipality) {
        return jdbc.queryForObject("""
                insert into hotline_case (case_number, status, channel, caller_type, language, province, municipality,
                    imminent_danger, trafficking_type, detail_sufficient, opened_at, opened_by)
                values ('HT-2025-' || lpad(nextval('case_number_seq')::text, 6, '0'), 'OPEN', 'PHONE', 'VICTIM', 'en', 'ON',
                    ?, false, 'LABOUR', true, now(), 'advocate1')
                returning id
                """, Long.class, municipality);
    }

    private Map<String, Object> stored() {
        return jdbc.queryForMap("select h.municipality, c.recipient, c.wording, r.reference from hotline_case h "
                + "join consent c on c.case_id = h.id join report r on r.case_id = h.id");
    }

    /** What a node starting on this schema runs, on connections of its own. */
    private PlaintextColumns startNode() {
        DataSource node = node();
        JdbcTemplate nodeJdbc = new JdbcTemplate(node);
        ColumnEncryption encryption = new ColumnEncryption(nodeJdbc, cipher,
                new TransactionTemplate(new DataSourceTransactionManager(node)), personalData);
        return new PlaintextColumns(nodeJdbc, encryption);
    }

    private DataSource node() {
        HikariDataSource application = (HikariDataSource) dataSource;
        String url = application.getJdbcUrl();
        DriverManagerDataSource node = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        node.setUsername(application.getUsername());
        node.setPassword(application.getPassword());
        return node;
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(node()).schemas(schema).table("app_schema_history")
                .locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
