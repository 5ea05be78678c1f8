// One copy of the NADE kernels (nade_kernels.h), compiled once per instruction-set level with
// PIXELCHAIN_KERNEL_LEVEL naming the namespace. The loops call nothing: no function here is
// inline library code that the linker could merge with another level's copy and run on a CPU
// that lacks its instructions.
#include "core/kernels/nade_kernels.h"

#if !defined(PIXELCHAIN_KERNEL_LEVEL) || !defined(PIXELCHAIN_KERNEL_NAME)
#error "compile with -DPIXELCHAIN_KERNEL_LEVEL=<namespace> -DPIXELCHAIN_KERNEL_NAME=\"<level>\""
#endif

namespace pixelchain::kernels::PIXELCHAIN_KERNEL_LEVEL {
namespace {

inline float logistic(float x) {
    return 1.0f / (1.0f + __builtin_expf(-x));
}

float reluDot(const float* v, const float* a, int n) {
    float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
    for (int h = 0; h < n; ++h)
        sum += v[h] * (a[h] > 0.0f ? a[h] : 0.0f);
    return sum;
}

float sigmoidDot(const float* v, const float* a, int n) {
    float sum = 0.0f;
    for (int h = 0; h < n; ++h)
        sum += v[h] * logistic(a[h]);
    return sum;
}

void add(float* a, const float* w, int n) {
#pragma omp simd
    for (int h = 0; h < n; ++h)
        a[h] += w[h];
}

void subtract(float* a, const float* w, int n) {
#pragma omp simd
    for (int h = 0; h < n; ++h)
        a[h] -= w[h];
}

void reluBackward(const float* v, const float* a, float delta, float* g, float* gradV, int n) {
#pragma omp simd
    for (int h = 0; h < n; ++h) {
        const float on = a[h] > 0.0f ? 1.0f : 0.0f;
        gradV[h] += delta * a[h] * on;
        g[h] += delta * v[h] * on;
    }
}

void sigmoidBackward(const float* v, const float* a, float delta, float* g, float* gradV, int n) {
    for (int h = 0; h < n; ++h) {
        const float s = logistic(a[h]);
        gradV[h] += delta * s;
        g[h] += delta * v[h] * s * (1.0f - s);
    }
}

} // namespace

const NadeKernels& table() {
    static const NadeKernels kernels{
        PIXELCHAIN_KERNEL_NAME, reluDot, sigmoidDot, add, subtract, reluBackward, sigmoidBackward};
    return kernels;
}

} // namespace pixelchain::kernels::PIXELCHAIN_KERNEL_LEVEL
