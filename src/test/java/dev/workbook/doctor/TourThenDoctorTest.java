package dev.workbook.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.workbook.testing.CliRun;
import dev.workbook.testing.TestHomes;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a new student does first: the tour, then the doctor. The doctor must not cry wolf about the tour's own work. */
class TourThenDoctorTest {

    @Test
    @DisplayName("./workbook tour then ./workbook doctor: no warnings, no failures (chapter 01's utf8mb3 table is information)")
    void tourThenDoctor() {
        Path home = TestHomes.fresh("tour-doctor");
        try {
            CliRun tour = CliRun.run(home, "tour");
            assertThat(tour.exitCode()).as("the tour passes:%n%s", tour.err()).isZero();
            DoctorRun doctor = DoctorRun.run(home);
            assertThat(doctor.exit()).as("%s", doctor).isZero();
            assertThat(doctor.out()).as("%s", doctor).doesNotContain("[!!]", "[XX]").contains("No problems found");
            assertThat(doctor.check("tables")).contains("[--]", "greeting_utf8mb3 is utf8mb3 on purpose");
        } finally {
            CliRun.run(home, "db", "stop");
        }
    }
}
