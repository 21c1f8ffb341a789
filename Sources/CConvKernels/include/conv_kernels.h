#ifndef DLSTUDY_CONV_KERNELS_H
#define DLSTUDY_CONV_KERNELS_H
#include <stddef.h>

/// Rows and columns of one tile of `dl_conv_panel_avx`.
enum { DL_CONV_AVX_ROWS = 8, DL_CONV_AVX_COLUMNS = 4 };

/// 1 when this processor and operating system run `dl_conv_panel_avx` (x86-64 with AVX), else 0.
/// Checked at run time, so a binary built for baseline x86-64 (or arm64) runs everywhere.
int dl_conv_avx_available(void);

/// `blocks` tiles of C = A·B, 8 rows × 4 columns each, with 256-bit AVX vectors. `a` holds the row
/// blocks one after another, each k-major (`k × 8` values: row r of step kk at `kk * 8 + r`); row kk of
/// B is the 4 values at `b + offsets[kk]`. Tile t goes to `tile + t * 32`, row-major. Each element is
/// summed in increasing kk from 0.0 with one rounded multiply and one rounded add per term (never a
/// fused multiply-add), exactly like the scalar loop. Call only when `dl_conv_avx_available()`.
void dl_conv_panel_avx(ptrdiff_t k, ptrdiff_t blocks, const double *a, const double *b,
                       const ptrdiff_t *offsets, double *tile);

#endif
