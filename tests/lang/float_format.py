# float formatting with format specs and %
vals = [0.0, 1.0, -2.5, 3.14159265358979, 1234567.891, 1e-7, 1e21, 0.5, 2.675, float("inf"), float("nan")]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3g}|{v:g}|{v:10.3f}|{v:<10.1f}|{v:+.1f}")
for v in vals[:8]:
    print("%f|%.2f|%e|%.3g|%g|%10.3f|%-10.1f|%+.1f" % (v, v, v, v, v, v, v, v))
print(f"{1234567.891:,.2f} {1234567.891:_.1f} {0.25:.0%} {-0.0:.1f} {0.05:.1f} {0.15:.1f}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-2.5:.0f} {0.5:.0f} {1.5:.0f}")
print(f"{1e-5:.2e} {123456.0:.2e} {9.999:.2f} {9.995:.2f} {99.5:.0f}")
print(f"{3.14159:08.3f} {-3.14159:08.3f} {3.14159:=+10.2f} {42.0:^11.1f}|")
print(f"{0.1:.20f}", f"{1/3:.15f}", f"{2/3:.1f}")
print(format(1.0, "g"), format(1e-4, "g"), format(1e-5, "g"), format(123456.0, "g"), format(1234567.0, "g"))
print(format(1.5, ".0e"), format(0.0, "e"), format(-1.25, ".1f"), format(100.0, ".2g"))
for v in (0.001, 0.01, 0.1, 1.0, 10.0, 1e15, 1e16, 1e17):
    print(f"{v} {v:g} {v:.3g} {v:e} {v:.1f}")
print(f"{-1.5:+.0f} {2.5:+.0f} {1e-9:.3e} {123.0:.0e}")
print(f"{7.0:06.2f} {-7.0:06.2f} {7.125:.2f} {7.135:.2f}")
print(str(1.0), str(1e5), str(1.5e-5), f"{1e5}", f"{1e16}")
print(round(2.675, 2), round(0.125, 2), round(0.135, 2), round(-1.5), round(2.5000001))
print("{:.3}".format(3.14159), "{:.3}".format(1234.5), "{:.1}".format(0.05))
print(f"{12.0:n}" if False else f"{12.0:g}", f"{1e300 * 1e10:.2f}", f"{-1e300 * 1e10:e}")
