#pragma once
// The inner loops of NADE, compiled for several x86-64 levels and chosen once at start-up.
//
// Evaluation, training and sampling spend nearly all their time in five vector operations over
// the H hidden units of one pixel j (a = a_j the running pre-activation, v = V_j, w = W[:, j]):
//   logit part   Σ_h v_h act(a_h)                  reluDot / sigmoidDot
//   recurrence   a ± w                             add / subtract
//   backward     gradV += δ act(a),  g += δ v ⊙ act'(a)      reluBackward / sigmoidBackward
// Training walks the pixels backwards and, at each step, needs the backward of pixel j+1, then
// a_j = a_(j+1) − W[:, j] x_j, then the logit part of pixel j. reluStep / sigmoidStep do all three
// in one pass over a and g (each a float vector of H that lives in L2, not L1, when a block of
// images is walked together), for up to kStepColumns images at once, so that the weights of the
// two pixels are loaded once for all of them.
// A binary built for the portable baseline (x86-64-v2: SSE4.2) would run these with 4 floats per
// instruction; x86-64-v3 (AVX2, FMA) and x86-64-v4 (AVX-512) do 8 and 16. So these loops alone are
// compiled once per level (each copy in its own namespace, plain loops that the compiler
// vectorizes, no library code that could be shared between copies), and nadeKernels() picks the
// highest level this CPU supports. Everything else stays at the baseline and runs anywhere.
//
// The levels sum in different orders, so log p agrees across levels to float rounding
// (about 1e-5 relative), not bit for bit.
#include <vector>

namespace pixelchain::kernels {

/// The most images one fused step walks together.
inline constexpr int kStepColumns = 4;

/// The weights of the two pixels one fused step joins: j+1, whose backward it finishes, and j,
/// whose pre-activation it recovers and whose logit part it sums.
struct StepPixels {
    const float* vNext; ///< [H] V_(j+1)
    float* gradVNext;   ///< [H] ∂/∂V_(j+1), summed over the columns
    const float* v;     ///< [H] V_j
    const float* w;     ///< [H] W[:, j]
    float* gradW;       ///< [H] ∂/∂W[:, j], summed over the columns (only when x_j = 1)
};

/// One image's state in a fused step.
struct StepColumn {
    float* a;    ///< [H] a_(j+1) in, a_j out
    float* g;    ///< [H] Σ_(i>j+1) ∂/∂a_i in, Σ_(i>j) ∂/∂a_i out
    float delta; ///< ∂/∂ℓ_(j+1) of this image
};

struct NadeKernels {
    const char* level; ///< "x86-64-v2", "x86-64-v3", "x86-64-v4", or "native"
    /// Σ_h v_h max(a_h, 0)
    float (*reluDot)(const float* v, const float* a, int n);
    /// Σ_h v_h σ(a_h)
    float (*sigmoidDot)(const float* v, const float* a, int n);
    /// a += w
    void (*add)(float* a, const float* w, int n);
    /// a -= w
    void (*subtract)(float* a, const float* w, int n);
    /// gradV += δ max(a, 0),  g += δ v ⊙ [a > 0]
    void (*reluBackward)(const float* v, const float* a, float delta, float* g, float* gradV,
                         int n);
    /// gradV += δ σ(a),  g += δ v ⊙ σ(a)(1 − σ(a))
    void (*sigmoidBackward)(const float* v, const float* a, float delta, float* g, float* gradV,
                            int n);
    /// For `count` (1 … kStepColumns) images that share x_j = `on`, one step of the walk down:
    ///   pixel j+1:  gradVNext += δ max(a, 0),  g += δ vNext ⊙ [a > 0]
    ///   pixel j:    if on: gradW += g, a −= w;  dots[k] = Σ_h v_h max(a_h, 0)
    /// (the columns' contributions to gradVNext and gradW are summed before they are added).
    void (*reluStep)(const StepPixels& pixels, const StepColumn* columns, int count, bool on,
                     float* dots, int n);
    /// The same with σ: gradVNext += δ σ(a),  g += δ vNext ⊙ σ(a)(1 − σ(a)), dots[k] = Σ v σ(a).
    void (*sigmoidStep)(const StepPixels& pixels, const StepColumn* columns, int count, bool on,
                        float* dots, int n);
};

/// The highest level this CPU runs, unless the environment variable PIXELCHAIN_KERNELS names
/// another runnable one (for measuring and testing the others).
const NadeKernels& chooseNadeKernels();

/// The kernels in use, chosen once. Inline, so that the inner loops pay one load for it.
inline const NadeKernels& nadeKernels() {
    static const NadeKernels& chosen = chooseNadeKernels();
    return chosen;
}

/// Every level built into this binary that this CPU can run, lowest first.
std::vector<const NadeKernels*> runnableKernels();

} // namespace pixelchain::kernels
