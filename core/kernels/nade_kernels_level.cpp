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

/// act(x) and act'(x) of one unit.
template <bool Relu> inline void activate(float x, float& act, float& slope) {
    if constexpr (Relu) {
        slope = x > 0.0f ? 1.0f : 0.0f;
        act = x > 0.0f ? x : 0.0f;
    } else {
        act = logistic(x);
        slope = act * (1.0f - act);
    }
}

/// One column of a fused step, its pointers and δ held in registers.
struct Column {
    float* __restrict a;
    float* __restrict g;
    float delta;
};

/// Unit h of one column of a fused step (nade_kernels.h): adds the column's share of ∂/∂V_(j+1)
/// to gv and, when on, of ∂/∂W[:, j] to gw; returns v_h act(a_j,h).
template <bool Relu, bool On>
inline float stepUnit(Column c, int h, float vNext, float v, float w, float& gv, float& gw) {
    float x = c.a[h], act, slope;
    activate<Relu>(x, act, slope);
    gv += c.delta * act;
    const float g = c.g[h] + c.delta * vNext * slope;
    c.g[h] = g;
    if constexpr (On) {
        gw += g;
        x -= w;
        c.a[h] = x;
        activate<Relu>(x, act, slope);
    }
    return v * act;
}

template <bool Relu, bool On, int Count>
void stepColumns(const StepPixels& p, const StepColumn* columns, float* dots, int n) {
    static_assert(Count >= 1 && Count <= kStepColumns && kStepColumns == 4);
    // Unused columns repeat column 0 and are never touched.
    Column c[kStepColumns];
    for (int k = 0; k < kStepColumns; ++k) {
        const StepColumn& from = columns[k < Count ? k : 0];
        c[k] = {from.a, from.g, from.delta};
    }
    const Column c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
    const float* __restrict vNextRow = p.vNext;
    const float* __restrict vRow = p.v;
    const float* __restrict wRow = p.w;
    float* __restrict gradVNext = p.gradVNext;
    float* __restrict gradW = p.gradW;
    float s0 = 0.0f, s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
#pragma omp simd reduction(+ : s0, s1, s2, s3)
    for (int h = 0; h < n; ++h) {
        const float vNext = vNextRow[h], v = vRow[h], w = On ? wRow[h] : 0.0f;
        float gv = 0.0f, gw = 0.0f;
        s0 += stepUnit<Relu, On>(c0, h, vNext, v, w, gv, gw);
        if constexpr (Count > 1)
            s1 += stepUnit<Relu, On>(c1, h, vNext, v, w, gv, gw);
        if constexpr (Count > 2)
            s2 += stepUnit<Relu, On>(c2, h, vNext, v, w, gv, gw);
        if constexpr (Count > 3)
            s3 += stepUnit<Relu, On>(c3, h, vNext, v, w, gv, gw);
        gradVNext[h] += gv;
        if constexpr (On)
            gradW[h] += gw;
    }
    const float sums[kStepColumns] = {s0, s1, s2, s3};
    for (int k = 0; k < Count; ++k)
        dots[k] = sums[k];
}

template <bool Relu>
void step(const StepPixels& p, const StepColumn* columns, int count, bool on, float* dots, int n) {
    using Step = void (*)(const StepPixels&, const StepColumn*, float*, int);
    static constexpr Step off[] = {stepColumns<Relu, false, 1>, stepColumns<Relu, false, 2>,
                                   stepColumns<Relu, false, 3>, stepColumns<Relu, false, 4>};
    static constexpr Step onSteps[] = {stepColumns<Relu, true, 1>, stepColumns<Relu, true, 2>,
                                       stepColumns<Relu, true, 3>, stepColumns<Relu, true, 4>};
    (on ? onSteps : off)[count - 1](p, columns, dots, n);
}

} // namespace

const NadeKernels& table() {
    static const NadeKernels kernels{
        PIXELCHAIN_KERNEL_NAME, reluDot,         sigmoidDot, add,        subtract,
        reluBackward,           sigmoidBackward, step<true>, step<false>};
    return kernels;
}

} // namespace pixelchain::kernels::PIXELCHAIN_KERNEL_LEVEL
