import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (0.2, 0.4, 0.4), (0.9, 0.5, 0.1), (0.5, 0.5, 0.5), (0.25, 0.75, 0.5), (1.0, 1.0, 0.0),
           (0.1, 0.2, 0.3), (0.95, 0.05, 0.6), (0.3, 0.3, 0.8), (0.7, 0.7, 0.2), (0.6, 0.2, 0.6),
           (1, 0, 0), (0.0, 0.5, 1.0)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq))
    print('  ', hls, colorsys.hls_to_rgb(*hls))
    print('  ', hsv, colorsys.hsv_to_rgb(*hsv))
for h in [i / 12 for i in range(13)] + [-0.25, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.8, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.7), colorsys.hls_to_rgb(h, 0.8, 0.5))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5), colorsys.yiq_to_rgb(0.5, 0.0, 0.0))
print(colorsys.hsv_to_rgb(0.5, 0.0, 0.3), colorsys.hls_to_rgb(0.5, 0.4, 0.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
try:
    colorsys.rgb_to_hsv('a', 0, 0)
except TypeError as e:
    print('TypeError', e)
