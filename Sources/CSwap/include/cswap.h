#ifndef LIBRO_CSWAP_H
#define LIBRO_CSWAP_H

/// Atomically exchanges two existing paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int libro_exchange_paths(const char *first, const char *second);

#endif
