// Help in Chinese, measured in display columns (src/io/help-layout.ts): loaded only when such help is printed.
export { helpLayout } from '../io/help-layout.js';
