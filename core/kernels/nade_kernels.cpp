#include "core/kernels/nade_kernels.h"

#include <cstdlib>
#include <cstring>

// One table per level compiled into this build (see CMakeLists.txt): PIXELCHAIN_KERNELS_NATIVE
// for a build tuned to its own CPU, else the portable levels v2 (always), v3 and v4.
namespace pixelchain::kernels {
#ifdef PIXELCHAIN_KERNELS_NATIVE
namespace native {
const NadeKernels& table();
}
#else
namespace v2 {
const NadeKernels& table();
}
namespace v3 {
const NadeKernels& table();
}
namespace v4 {
const NadeKernels& table();
}
#endif

namespace {

#ifndef PIXELCHAIN_KERNELS_NATIVE
bool cpuRunsV3() {
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
           __builtin_cpu_supports("bmi2");
}

bool cpuRunsV4() {
    return cpuRunsV3() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
           __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
           __builtin_cpu_supports("avx512vl");
}
#endif

} // namespace

const NadeKernels& chooseNadeKernels() {
    const std::vector<const NadeKernels*> levels = runnableKernels();
    const char* wanted = std::getenv("PIXELCHAIN_KERNELS");
    if (wanted != nullptr)
        for (const NadeKernels* k : levels)
            if (std::strcmp(k->level, wanted) == 0)
                return *k;
    return *levels.back();
}

std::vector<const NadeKernels*> runnableKernels() {
#ifdef PIXELCHAIN_KERNELS_NATIVE
    return {&native::table()};
#else
    __builtin_cpu_init();
    std::vector<const NadeKernels*> levels{&v2::table()};
    if (cpuRunsV3())
        levels.push_back(&v3::table());
    if (cpuRunsV4())
        levels.push_back(&v4::table());
    return levels;
#endif
}

} // namespace pixelchain::kernels
