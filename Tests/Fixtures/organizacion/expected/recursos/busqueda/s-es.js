window.LIBRO_BUSQUEDA.recibir("s-es",["empres","interes","mes","preimpres","proces","reces"]);
