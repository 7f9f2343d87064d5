// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** Stable code for the error page: API_UNREACHABLE, API_ERROR, NOT_FOUND… */
      code?: string;
    }
  }
}

export {};
