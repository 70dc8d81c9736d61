window.LIBRO_BUSQUEDA.recibir("s-ss",["bass","business"]);
