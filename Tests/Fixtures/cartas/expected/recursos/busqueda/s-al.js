window.LIBRO_BUSQUEDA.recibir("s-al",["material","potencial","presencial"]);
