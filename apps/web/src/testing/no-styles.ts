// What jest loads for a stylesheet import (see `moduleNameMapper` in jest.config.js).
export {};
