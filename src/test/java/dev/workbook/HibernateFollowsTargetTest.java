package dev.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.db.DbTarget;
import dev.workbook.testing.SharedServer;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A SessionFactory follows the facade: built while it points at one database, it works on the next one it points at. */
class HibernateFollowsTargetTest {
    @Entity(name = "Note")
    public static class Note {
        @Id
        Long id;
        String text;
    }

    @Test
    @DisplayName("a SessionFactory built before Workbook.use(other) then reads and writes other")
    void sessionFactoryFollowsUse() throws Exception {
        DbTarget a = SharedServer.freshDatabase("follows_a");
        DbTarget b = SharedServer.freshDatabase("follows_b");
        for (DbTarget t : new DbTarget[] {a, b}) {
            try (Connection c = t.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE Note (id BIGINT PRIMARY KEY, text VARCHAR(40))");
            }
        }
        Workbook.use(a);
        try (SessionFactory sf = Workbook.hibernate(Note.class).schema(Action.NONE).build()) {
            Workbook.use(b);
            sf.inTransaction(s -> {
                Note n = new Note();
                n.id = 1L;
                n.text = "written after use(b)";
                s.persist(n);
            });
            assertThat(count(a)).isZero();
            assertThat(count(b)).isEqualTo(1);
            Workbook.use(a);
            Note none = sf.fromSession(s -> s.find(Note.class, 1L));
            assertThat(none).isNull();
        } finally {
            Workbook.use(SharedServer.target());
        }
    }

    private static int count(DbTarget t) throws Exception {
        try (Connection c = t.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM Note")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
