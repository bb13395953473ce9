/** Types of fetch-node.mjs, for the tests that use the fetched Node 24. */
export declare const NODE24: string;
export declare function nodeBinary(platform: 'linux' | 'win'): string;
export declare function nodeLicense(): string;
