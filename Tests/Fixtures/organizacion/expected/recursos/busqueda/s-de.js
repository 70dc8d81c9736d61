window.LIBRO_BUSQUEDA.recibir("s-de",["mercade","pide"]);
