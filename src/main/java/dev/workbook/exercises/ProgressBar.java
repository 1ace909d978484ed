package dev.workbook.exercises;

/** A text progress bar, rustlings style: "[#####>--------] 5/14". */
public final class ProgressBar {
    private ProgressBar() {
    }

    public static String of(long done, long total, int width) {
        int filled = total == 0 ? width : (int) (width * done / total);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < width; i++) {
            sb.append(i < filled ? '#' : i == filled ? '>' : '-');
        }
        return sb.append("] ").append(done).append('/').append(total).toString();
    }
}
