#include "conv_kernels.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <immintrin.h>
// Products and sums stay separate roundings: a fused multiply-add would change the last bit.
#pragma STDC FP_CONTRACT OFF
#ifdef __clang__
#pragma clang fp contract(off)
#endif

int dl_conv_avx_available(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") ? 1 : 0;
}

__attribute__((target("avx")))
void dl_conv_panel_avx(ptrdiff_t k, ptrdiff_t blocks, const double *a, const double *b,
                       const ptrdiff_t *offsets, double *tile) {
    for (ptrdiff_t block = 0; block < blocks; block++) {
        const double *pa = a + block * k * DL_CONV_AVX_ROWS;
        __m256d c0 = _mm256_setzero_pd(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (ptrdiff_t kk = 0; kk < k; kk++) {
            __m256d bv = _mm256_loadu_pd(b + offsets[kk]);
            c0 = _mm256_add_pd(c0, _mm256_mul_pd(_mm256_broadcast_sd(pa + 0), bv));
            c1 = _mm256_add_pd(c1, _mm256_mul_pd(_mm256_broadcast_sd(pa + 1), bv));
            c2 = _mm256_add_pd(c2, _mm256_mul_pd(_mm256_broadcast_sd(pa + 2), bv));
            c3 = _mm256_add_pd(c3, _mm256_mul_pd(_mm256_broadcast_sd(pa + 3), bv));
            c4 = _mm256_add_pd(c4, _mm256_mul_pd(_mm256_broadcast_sd(pa + 4), bv));
            c5 = _mm256_add_pd(c5, _mm256_mul_pd(_mm256_broadcast_sd(pa + 5), bv));
            c6 = _mm256_add_pd(c6, _mm256_mul_pd(_mm256_broadcast_sd(pa + 6), bv));
            c7 = _mm256_add_pd(c7, _mm256_mul_pd(_mm256_broadcast_sd(pa + 7), bv));
            pa += DL_CONV_AVX_ROWS;
        }
        double *o = tile + block * DL_CONV_AVX_ROWS * DL_CONV_AVX_COLUMNS;
        _mm256_storeu_pd(o + 0, c0);
        _mm256_storeu_pd(o + 4, c1);
        _mm256_storeu_pd(o + 8, c2);
        _mm256_storeu_pd(o + 12, c3);
        _mm256_storeu_pd(o + 16, c4);
        _mm256_storeu_pd(o + 20, c5);
        _mm256_storeu_pd(o + 24, c6);
        _mm256_storeu_pd(o + 28, c7);
    }
}

#else

int dl_conv_avx_available(void) { return 0; }

void dl_conv_panel_avx(ptrdiff_t k, ptrdiff_t blocks, const double *a, const double *b,
                       const ptrdiff_t *offsets, double *tile) {
    (void)k; (void)blocks; (void)a; (void)b; (void)offsets; (void)tile;
}

#endif
