#pragma once
// The real MNIST files, for the tests that need them (CTest label `mnist`; scripts/test fetches
// them into data/mnist). Without them such a test skips with a message on a developer's machine
// and fails under CI (the environment variable CI is set, as .ci/run sets it), where a skipped
// proof would pass unnoticed.
#include "core/mnist/binarize.h"

#include <QDir>
#include <QString>
#include <QTest>

namespace pixelchain::test {

inline QString mnistFolder() {
    return qEnvironmentVariable("PIXELCHAIN_SOURCE_DIR") + QStringLiteral("/data/mnist");
}

inline bool mnistPresent() {
    const QDir folder(mnistFolder());
    for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                             "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
        if (!folder.exists(QString::fromLatin1(name)))
            return false;
    return true;
}

inline bool underCi() {
    return !qEnvironmentVariableIsEmpty("CI");
}

/// The four files, read once per test program; stops the program when they are missing (for the
/// tests that cannot run at all without them).
inline const mnist::Mnist& mnistOrStop() {
    static const mnist::Mnist data = [] {
        if (!mnistPresent())
            qFatal("MNIST is missing: run scripts/fetch-mnist");
        return mnist::loadMnist(mnistFolder().toStdString());
    }();
    return data;
}

} // namespace pixelchain::test

/// In a test function: skips (or, under CI, fails) when MNIST is missing.
#define PIXELCHAIN_REQUIRE_MNIST()                                                                 \
    do {                                                                                           \
        if (!pixelchain::test::mnistPresent()) {                                                   \
            if (pixelchain::test::underCi())                                                       \
                QFAIL("MNIST is missing from data/mnist: CI must test on the real digits "         \
                      "(scripts/fetch-mnist fetches them)");                                       \
            QSKIP("MNIST is missing from data/mnist: run scripts/fetch-mnist to run this test");   \
        }                                                                                          \
    } while (false)
