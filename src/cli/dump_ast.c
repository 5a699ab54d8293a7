/* dump_ast: reads FILE, parses it and prints ast.dump() of it as CPython 3.13
 * does, or the SyntaxError in CPython's traceback format (exit 1). */
#include "cli/dump_ast.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "front/ast_dump_entry.h"

static char *dump_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        if (cap > SIZE_MAX / 2) { free(buf); buf = NULL; break; }
        char *nb = realloc(buf, cap * 2);
        if (!nb) { free(buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return buf;
}

/* The caret line: CPython prints the line stripped of leading whitespace and
 * carets from offset to end_offset (in characters). */
static void dump_print_error(const char *path, const AspAstDumpResult *e) {
    fprintf(stderr, "  File \"%s\", line %d\n", path, e->lineno);
    if (e->err_text) {
        const char *t = e->err_text;
        size_t n = strcspn(t, "\r\n");
        size_t skip = 0;
        while (skip < n && (t[skip] == ' ' || t[skip] == '\t' || t[skip] == '\f')) skip++;
        fprintf(stderr, "    %.*s\n", (int)(n - skip), t + skip);
        /* columns in characters: count UTF-8 lead bytes */
        size_t chars = 0, skipped_chars = 0;
        for (size_t i = 0; i < n; i++) if (((unsigned char)t[i] & 0xC0) != 0x80) chars++;
        skipped_chars = skip;
        if (e->offset >= 1) {
            long start = e->offset - 1 - (long)skipped_chars;
            long end = (e->end_lineno == e->lineno && e->end_offset > e->offset) ? e->end_offset - 1 - (long)skipped_chars : start + 1;
            if (start < 0) start = 0;
            if (end <= start) end = start + 1;
            fprintf(stderr, "    ");
            for (long i = 0; i < start; i++) fputc(' ', stderr);
            for (long i = start; i < end; i++) fputc('^', stderr);
            fputc('\n', stderr);
        }
        (void)chars;
    }
    fprintf(stderr, "%s: %s\n", e->err_type, e->err_msg);
}

int cli_dump_ast(const char *path) {
    size_t len = 0;
    char *src = dump_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "asp: cannot read %s\n", path);
        return 2;
    }
    AspAstDumpResult r;
    int rc = asp_ast_dump_source(src, len, path, &r);
    if (rc == 0) {
        fwrite(r.dump, 1, r.dump_len, stdout);
        fputc('\n', stdout);
    } else if (rc == 1) {
        dump_print_error(path, &r);
    } else {
        fprintf(stderr, "MemoryError\n");
    }
    asp_ast_dump_result_free(&r);
    free(src);
    return rc == 0 ? 0 : 1;
}

/* `asp --syntax-error FILE`: prints "Type: message (lineno, offset)" for a
 * file that does not parse, or "OK"; for tests/syntax (no traceback format
 * to take apart).  Exit status 0 either way unless the file is unreadable. */
int cli_check_syntax(const char *path) {
    size_t len = 0;
    char *src = dump_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "asp: cannot read %s\n", path);
        return 2;
    }
    AspAstDumpResult r;
    int rc = asp_ast_dump_source(src, len, path, &r);
    if (rc == 0) {
        printf("OK\n");
    } else if (rc == 1) {
        char l[16] = "None", o[16] = "None";
        if (r.lineno > 0) snprintf(l, sizeof l, "%d", r.lineno);
        if (r.lineno > 0) snprintf(o, sizeof o, "%d", r.offset);
        printf("%s: %s (%s, %s)\n", r.err_type, r.err_msg, l, o);
    } else {
        printf("MemoryError\n");
    }
    asp_ast_dump_result_free(&r);
    free(src);
    return 0;
}
