package dev.workbook.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock held across processes (an OS file lock) and across threads of this JVM (which the OS lock alone
 * does not cover). The OS drops it when a process dies, even by kill -9, so a crash never leaves it held.
 */
public final class FileLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final java.nio.channels.FileLock osLock;

    private FileLock(ReentrantLock local, FileChannel channel, java.nio.channels.FileLock osLock) {
        this.local = local;
        this.channel = channel;
        this.osLock = osLock;
    }

    public static FileLock acquire(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new ReentrantLock());
        local.lock();
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new FileLock(local, ch, ch.lock());
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            osLock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
