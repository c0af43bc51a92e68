// SPDX-License-Identifier: Apache-2.0
// peakrss REPORT PROGRAM [ARGS...]: runs PROGRAM with the same standard streams, writes its peak
// resident memory in KiB (the kernel's high-water mark, VmHWM, as wait4 reports it) to REPORT and
// exits with PROGRAM's exit code. Tests run the CLI under it to show that no server answer makes
// it hold more than it should; polling /proc from outside would miss a peak just before exit.
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fputs("usage: peakrss REPORT PROGRAM [ARGS...]\n", stderr);
        return 2;
    }
    const pid_t child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(child, &status, 0, &usage) != child)
        return 2;
    if (FILE *report = std::fopen(argv[1], "w")) {
        std::fprintf(report, "%ld\n", usage.ru_maxrss);
        std::fclose(report);
    }
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
