window.LIBRO_BUSQUEDA.recibir("s-ib",["describ","escrib","percib","recib"]);
