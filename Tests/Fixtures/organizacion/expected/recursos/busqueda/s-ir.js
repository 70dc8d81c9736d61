window.LIBRO_BUSQUEDA.recibir("s-ir",["contribuir","corregir","cumplir","definir","elvir","imprimir","partir","seguir"]);
