package io.devpulse.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.tests.mockfile.FilterFileSystemProvider;

/**
 * The real file system with faults switched on at will, built on Lucene's mock file systems: a disk
 * that fills up after a number of bytes ({@code No space left on device}), a read-only file system,
 * and a directory the process may not read. Paths from {@link #wrap} go through it; FSDirectory
 * uses them as it uses real paths (read channels are the real ones, so memory mapping works).
 */
final class FaultyFileSystem extends FilterFileSystemProvider {
  private final AtomicLong bytesLeft = new AtomicLong(Long.MAX_VALUE);
  private volatile boolean readOnly;
  private volatile boolean unreadable;

  FaultyFileSystem() {
    super("faulty://", FileSystems.getDefault());
  }

  Path wrap(Path real) {
    return wrapPath(real);
  }

  /** From now on, at most {@code bytes} more bytes can be written. */
  void diskFullAfter(long bytes) {
    bytesLeft.set(bytes);
  }

  void readOnly(boolean on) {
    readOnly = on;
  }

  void unreadable(boolean on) {
    unreadable = on;
  }

  void healthy() {
    bytesLeft.set(Long.MAX_VALUE);
    readOnly = false;
    unreadable = false;
  }

  private void checkWrite(Path path) throws IOException {
    if (readOnly) {
      throw new FileSystemException(path.toString(), null, "Read-only file system");
    }
  }

  private void checkRead(Path path) throws IOException {
    if (unreadable) {
      throw new AccessDeniedException(path.toString());
    }
  }

  private static boolean writes(Set<? extends OpenOption> options) {
    return options.contains(StandardOpenOption.WRITE)
        || options.contains(StandardOpenOption.APPEND)
        || options.contains(StandardOpenOption.CREATE)
        || options.contains(StandardOpenOption.CREATE_NEW);
  }

  @Override
  public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
    checkWrite(path);
    OutputStream out = delegate.newOutputStream(toDelegate(path), options);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        take(1);
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        take(len);
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    };
  }

  private void take(long n) throws IOException {
    if (bytesLeft.addAndGet(-n) < 0) {
      bytesLeft.set(0);
      throw new IOException("No space left on device");
    }
  }

  @Override
  public FileChannel newFileChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    if (writes(options)) {
      checkWrite(path);
    } else {
      checkRead(path);
    }
    return delegate.newFileChannel(toDelegate(path), options, attrs);
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    if (writes(options)) {
      checkWrite(path);
    } else {
      checkRead(path);
    }
    return super.newByteChannel(path, options, attrs);
  }

  @Override
  public java.io.InputStream newInputStream(Path path, OpenOption... options) throws IOException {
    checkRead(path);
    return super.newInputStream(path, options);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    checkRead(dir);
    return super.newDirectoryStream(dir, filter);
  }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    if (Arrays.asList(modes).contains(AccessMode.WRITE)) {
      checkWrite(path);
    }
    checkRead(path);
    super.checkAccess(path, modes);
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    checkWrite(dir);
    super.createDirectory(dir, attrs);
  }

  @Override
  public void delete(Path path) throws IOException {
    checkWrite(path);
    super.delete(path);
  }

  @Override
  public boolean deleteIfExists(Path path) throws IOException {
    checkWrite(path);
    return super.deleteIfExists(path);
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    checkWrite(target);
    super.move(source, target, options);
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    checkWrite(target);
    super.copy(source, target, options);
  }
}
