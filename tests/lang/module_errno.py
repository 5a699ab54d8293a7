# errno: the Linux error numbers and errorcode
import errno

for name in ["EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "EBADF", "EAGAIN", "EWOULDBLOCK",
             "ENOMEM", "EACCES", "EEXIST", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE",
             "EDOM", "ERANGE", "EDEADLK", "EDEADLOCK", "ENAMETOOLONG", "ENOSYS", "ENOTEMPTY",
             "ELOOP", "ENOTSUP", "EOPNOTSUPP", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT",
             "EADDRINUSE", "EINPROGRESS", "EALREADY", "EHWPOISON", "ENOTRECOVERABLE"]:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(len(errno.errorcode), sorted(errno.errorcode.items()))
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names)
print(all(getattr(errno, errno.errorcode[v]) == v for v in errno.errorcode))
try:
    open("/nonexistent/file/for/errno")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT or e.errno == errno.EACCES)
print(FileNotFoundError(errno.ENOENT, "x").errno, type(OSError(errno.EEXIST, "x")).__name__)
