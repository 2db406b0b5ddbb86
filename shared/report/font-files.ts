/** The fallback fonts of the PDF report, in the order they are tried (files assets/fonts/<name>.ttf). */
export const FALLBACK_FONTS = ['NotoSansSymbols2-Regular', 'NotoSansMath-Regular', 'NotoSansArabic-Regular', 'NotoSansHebrew-Regular'];
