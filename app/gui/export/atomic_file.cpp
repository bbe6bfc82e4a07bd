#include "gui/export/atomic_file.hpp"

#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace gdlab {

namespace {

// Hands every write on to a QSaveFile and remembers whether one fell short. On a full disk
// QSaveFile accepts a short write without an error, and commit() misses a failure of its last
// buffered block; the encoders (QSvgGenerator, QImageWriter, giflib) ignore short writes too.
// Without this check a truncated file replaced a good one and was reported written.
class CheckedWriter : public QIODevice {
  public:
    explicit CheckedWriter(QSaveFile& file) : file_(file) { open(QIODevice::WriteOnly); }

    [[nodiscard]] const QString& failure() const { return failure_; }

  protected:
    qint64 readData(char* /*data*/, qint64 /*max*/) override { return -1; }

    qint64 writeData(const char* data, qint64 length) override {
        if (!failure_.isEmpty()) return -1;
        for (qint64 done = 0; done < length;) {
            errno = 0;
            const qint64 n = file_.write(data + done, length - done);
            if (n <= 0) {
                // After a short write Qt knows no reason ("Unknown error"); the system call that
                // failed last does: ENOSPC, EFBIG, EIO.
                failure_ =
                    errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file_.errorString();
                return -1;
            }
            done += n;
        }
        return length;
    }

  private:
    QSaveFile& file_;
    QString failure_;
};

}  // namespace

QString write_atomically(const QString& file, const std::function<QString(QIODevice&)>& write) {
    const QString shown = QFileInfo(file).absoluteFilePath();
    if (QFileInfo(file).isDir())
        return QStringLiteral("cannot write %1: it is a folder").arg(shown);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write %1: %2").arg(shown, out.errorString());
    }
    QString error;
    {
        CheckedWriter checked(out);
        error = write(checked);
        // The device's own reason ("No space left on device") says more than an encoder's.
        if (!checked.failure().isEmpty()) error = checked.failure();
    }
    // The last buffered block reaches the disk only here, and commit() would not notice if it
    // did not: flush first. (A small file is all in that block; Qt's reason for the failed
    // write is "Unknown error", the system call's is "File too large" or "No space left".)
    errno = 0;
    if (error.isEmpty() && (!out.flush() || out.error() != QFileDevice::NoError)) {
        error = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : out.errorString();
    }
    if (!error.isEmpty()) {
        out.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(shown, error);
    }
    if (!out.commit()) return QStringLiteral("cannot write %1: %2").arg(shown, out.errorString());
    return {};
}

}  // namespace gdlab
