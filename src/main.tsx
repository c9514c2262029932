import { startApp } from './app/start-app';
import './ui/styles.css';

startApp(document.getElementById('app')!);
