/* dump_ast: reads FILE, parses it and prints ast.dump() of it as CPython 3.13
 * does, or the SyntaxError in CPython's traceback format (exit 1). */
#include "cli/dump_ast.h"

#include <stdbool.h>
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

/* Prints the error as CPython 3.13's traceback module formats a
 * SyntaxError (traceback.TracebackException._format_syntax_error): the line
 * stripped of leading ' ', '\f' (tabs stay), then carets from offset to
 * end_offset.  Offsets count characters, so the text is walked by UTF-8
 * sequences. */
static void dump_print_error(const char *path, const AspAstDumpResult *e) {
    if (e->lineno > 0) fprintf(stderr, "  File \"%s\", line %d\n", path, e->lineno);
    const char *text = e->err_text;
    if (text) {
        size_t tlen = strlen(text);
        size_t rlen = tlen;
        while (rlen > 0 && text[rlen - 1] == '\n') rlen--;          /* rtext */
        size_t skip = 0;
        while (skip < rlen && (text[skip] == ' ' || text[skip] == '\f' || text[skip] == '\n')) skip++;
        const char *ltext = text + skip;
        size_t llen = rlen - skip;
        long spaces = (long)skip;  /* all stripped characters are ASCII */
        /* lengths in characters */
        long text_chars = 0, rtext_chars = 0;
        for (size_t i = 0; i < tlen; i++) if (((unsigned char)text[i] & 0xC0) != 0x80) text_chars++;
        for (size_t i = 0; i < rlen; i++) if (((unsigned char)text[i] & 0xC0) != 0x80) rtext_chars++;
        fprintf(stderr, "    %.*s\n", (int)llen, ltext);
        if (e->offset > 0 || e->lineno > 0) {
            long offset = e->offset;
            long end_offset;
            if (e->lineno == e->end_lineno) end_offset = e->end_offset != 0 ? e->end_offset : offset;
            else end_offset = rtext_chars + 1;
            if (offset > text_chars) offset = rtext_chars + 1;
            if (end_offset > text_chars) end_offset = rtext_chars + 1;
            if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
            long colno = offset - 1 - spaces, end_colno = end_offset - 1 - spaces;
            if (colno >= 0) {
                fputs("    ", stderr);
                /* whitespace characters of ltext[:colno] are kept for alignment */
                long c = 0;
                for (size_t i = 0; i < llen && c < colno; i++) {
                    unsigned char ch = (unsigned char)ltext[i];
                    if ((ch & 0xC0) == 0x80) continue;
                    fputc(ch == '\t' || ch == '\f' || ch == '\v' || ch == '\r' ? ch : ' ', stderr);
                    c++;
                }
                for (; c < colno; c++) fputc(' ', stderr);
                for (long i = colno; i < end_colno; i++) fputc('^', stderr);
                fputc('\n', stderr);
            }
        }
    }
    fprintf(stderr, "%s: %s\n", e->err_type, e->err_msg[0] ? e->err_msg : "<no detail available>");
}

int cli_dump_ast(const char *path) { return cli_dump_ast_ex(path, false); }

/* `asp --dump-ast-attrs FILE`: the dump with positions, for tests. */
int cli_dump_ast_ex(const char *path, bool attributes) {
    size_t len = 0;
    char *src = dump_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "asp: cannot read %s\n", path);
        return 2;
    }
    AspAstDumpResult r;
    int rc = asp_ast_dump_source_ex(src, len, path, attributes, &r);
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
 * file that does not parse (no position when there is none, only the type
 * for MemoryError and RecursionError), or "OK"; for tests/syntax (no
 * traceback format to take apart).  Exit status 0 unless unreadable. */
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
        if (strcmp(r.err_type, "MemoryError") == 0 || strcmp(r.err_type, "RecursionError") == 0)
            printf("%s\n", r.err_type);
        else if (r.lineno > 0)
            printf("%s: %s (%d, %d)\n", r.err_type, r.err_msg, r.lineno, r.offset);
        else
            printf("%s: %s\n", r.err_type, r.err_msg);
    } else {
        printf("MemoryError\n");
    }
    asp_ast_dump_result_free(&r);
    free(src);
    return 0;
}

/* `asp --parse-only FILE...`: parses each file (exec mode, the same path as
 * --dump-ast without the dump) and prints each parse error as --dump-ast
 * does; for bench/parse_stdlib.py.  Exit status 0 when every file parsed,
 * 1 when some did not, 2 when some could not be read. */
int cli_parse_only(int nfiles, char **paths) {
    int status = 0;
    for (int i = 0; i < nfiles; i++) {
        size_t len = 0;
        char *src = dump_read_file(paths[i], &len);
        if (!src) {
            fprintf(stderr, "asp: cannot read %s\n", paths[i]);
            status = 2;
            continue;
        }
        AspAstDumpResult r;
        int rc = asp_ast_parse_source(src, len, paths[i], &r);
        if (rc == 1) dump_print_error(paths[i], &r);
        else if (rc != 0) fprintf(stderr, "%s: MemoryError\n", paths[i]);
        if (rc != 0 && status == 0) status = 1;
        asp_ast_dump_result_free(&r);
        free(src);
    }
    return status;
}
