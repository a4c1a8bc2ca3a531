// The browser build's entry has no types of its own; they are the package's.
declare module 'pdfjs-dist/build/pdf.mjs' {
  export * from 'pdfjs-dist';
}
