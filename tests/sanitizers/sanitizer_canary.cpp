// A program that commits one memory or arithmetic error on purpose, chosen by its argument.
// tst_sanitizers_armed runs it to prove that the sanitizer build really catches each kind of
// error and fails the process, so a passing sanitizer suite means something.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Volatile pointers and values keep the optimizer from removing the errors.
int heapOverflow(int n) {
    int* volatile block = new int[4];
    block[n + 3] = 1; // n = 1: writes one past the end
    const int out = block[0];
    delete[] block;
    return out;
}

int useAfterFree(int n) {
    int* volatile block = new int[4];
    delete[] block;
    return block[n];
}

// A hundred blocks lost: a stale copy of the last pointer in a register could hide one of them
// from the leak checker's scan, never all of them.
int leak(int n) {
    [[maybe_unused]] static void* volatile last = nullptr;
    for (int k = 0; k < 100; ++k)
        last = std::malloc(64 + std::size_t(n));
    last = nullptr;
    return 0;
}

int signedOverflow(int n) {
    volatile int big = INT_MAX;
    return big + n;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: sanitizer_canary heap-overflow|use-after-free|leak|"
                             "signed-overflow\n");
        return 2;
    }
    const int one = argc - 1; // 1, unknown to the compiler
    const char* what = argv[1];
    int result = 0;
    if (std::strcmp(what, "heap-overflow") == 0)
        result = heapOverflow(one);
    else if (std::strcmp(what, "use-after-free") == 0)
        result = useAfterFree(one);
    else if (std::strcmp(what, "leak") == 0)
        result = leak(one);
    else if (std::strcmp(what, "signed-overflow") == 0)
        result = signedOverflow(one);
    else
        return 2;
    std::printf("%d\n", result);
    return 0;
}
