// The parts of web-ext's programmatic API that the build uses (web-ext ships no types).
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename: string;
    overwriteDest: boolean;
  }
  const webExt: {
    cmd: {
      build(
        options: BuildOptions,
        settings: { shouldExitProgram: boolean; showReadyMessage?: boolean },
      ): Promise<unknown>;
    };
  };
  export default webExt;
}
