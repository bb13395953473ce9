/** The languages xwgk speaks. A plain type: the catalog's labels are keyed by it (`label['zh-CN']`). */
export type Lang = 'zh-CN' | 'en';
