window.LIBRO_BUSQUEDA.recibir("s-al",["riegal","tal"]);
