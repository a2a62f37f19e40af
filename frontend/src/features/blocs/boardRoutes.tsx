// Lazy route module for the conference signing board, shown full screen without the app shell.
export { SigningBoardPage as Component } from './SigningBoardPage';
